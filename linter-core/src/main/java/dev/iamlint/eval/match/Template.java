package dev.iamlint.eval.match;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Policy text that may hold policy variables, parsed once: {@code ${key}}, {@code ${key, 'default'}}
 * and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}, which stand for a literal character
 * that is never a wildcard (IAMUG {@code reference_policies_variables.md}).
 *
 * <p>Variables exist only when the document's Version is 2012-10-17; otherwise, and for a
 * malformed {@code ${…}} (no closing brace, empty key, default not in single quotes), the text
 * is literal. Key names are looked up case-insensitively and trimmed; inside a default, {@code ''}
 * stands for one quote. A default and a variable's value are inserted literally: a {@code *} in
 * them never acts as a wildcard.
 *
 * <p>A variable takes the value of its key when the request has exactly one value for it. A key
 * that is absent, or has no or several values (multivalued keys cannot be variables), is
 * missing: the default is used if there is one, else the text is "effectively null" and matches
 * nothing. In open mode an unknown key stays unknown even with a default, because the request
 * may well carry a value that differs from the default.
 */
final class Template {

    /** Variable {@code i} is the token {@code VARIABLE_BASE - i}. */
    private static final int VARIABLE_BASE = -3;

    private record Variable(String key, String defaultValue) {}

    /** Char codes, {@link Glob#ANY_ONE}, {@link Glob#ANY_RUN} and variable references. */
    private final int[] tokens;
    private final Variable[] variables;
    private final Set<String> variableKeys;

    private Template(int[] tokens, Variable[] variables) {
        this.tokens = tokens;
        this.variables = variables;
        Set<String> keys = new LinkedHashSet<>();
        for (Variable variable : variables) {
            keys.add(variable.key());
        }
        this.variableKeys = Collections.unmodifiableSet(keys);
    }

    /**
     * Parses {@code text}; with {@code wildcards}, unescaped {@code *} and {@code ?} become
     * wildcard tokens, otherwise they are literal.
     */
    static Template parse(String text, boolean policyVariables, boolean wildcards) {
        return new Parser(text, policyVariables, wildcards).parse();
    }

    boolean hasVariables() {
        return variables.length > 0;
    }

    Set<String> variableKeys() {
        return variableKeys;
    }

    boolean endsWithAnyRun() {
        return tokens.length > 0 && tokens[tokens.length - 1] == Glob.ANY_RUN;
    }

    /** The tokens of a template without variables. */
    int[] fixedTokens() {
        if (hasVariables()) {
            throw new IllegalStateException("template has variables");
        }
        return tokens;
    }

    /** The tokens with each variable replaced by a star: what any value of the variables could match. */
    int[] openTokens() {
        int[] open = tokens.clone();
        for (int i = 0; i < open.length; i++) {
            if (open[i] <= VARIABLE_BASE) {
                open[i] = Glob.ANY_RUN;
            }
        }
        return open;
    }

    /**
     * Whether every variable has a value: FALSE when one is missing without default (a definite
     * non-match), UNKNOWN when one is unknown in open mode.
     */
    Tri resolvable(RequestContext context) {
        Tri result = Tri.TRUE;
        for (Variable variable : variables) {
            RequestContext.Lookup lookup = context.lookup(variable.key());
            if (lookup instanceof RequestContext.Lookup.Unknown) {
                result = Tri.UNKNOWN;
            } else if (singleValue(lookup) == null && variable.defaultValue() == null) {
                return Tri.FALSE;
            }
        }
        return result;
    }

    /** The tokens with every variable replaced by its value; requires {@link #resolvable} TRUE. */
    int[] resolve(RequestContext context) {
        String[] values = new String[variables.length];
        int length = 0;
        for (int token : tokens) {
            if (token <= VARIABLE_BASE) {
                int index = VARIABLE_BASE - token;
                if (values[index] == null) {
                    Variable variable = variables[index];
                    String value = singleValue(context.lookup(variable.key()));
                    values[index] = value != null ? value : variable.defaultValue();
                }
                length += values[index].length();
            } else {
                length++;
            }
        }
        int[] resolved = new int[length];
        int at = 0;
        for (int token : tokens) {
            if (token <= VARIABLE_BASE) {
                String value = values[VARIABLE_BASE - token];
                for (int i = 0; i < value.length(); i++) {
                    resolved[at++] = value.charAt(i);
                }
            } else {
                resolved[at++] = token;
            }
        }
        return resolved;
    }

    private static String singleValue(RequestContext.Lookup lookup) {
        return lookup instanceof RequestContext.Lookup.Present present && present.values().size() == 1
                ? present.values().get(0)
                : null;
    }

    /**
     * Splits at literal {@code separator} characters into at most {@code maxParts} parts; the last
     * part keeps any further separators. Variables are never split, whatever their key or value.
     */
    List<Template> split(char separator, int maxParts) {
        List<Template> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.length && parts.size() < maxParts - 1; i++) {
            if (tokens[i] == separator) {
                parts.add(slice(start, i));
                start = i + 1;
            }
        }
        parts.add(slice(start, tokens.length));
        return parts;
    }

    private Template slice(int from, int to) {
        int[] sliced = Arrays.copyOfRange(tokens, from, to);
        List<Variable> used = new ArrayList<>();
        int[] renumbered = new int[variables.length];
        for (int i = 0; i < sliced.length; i++) {
            if (sliced[i] <= VARIABLE_BASE) {
                int index = VARIABLE_BASE - sliced[i];
                if (renumbered[index] == 0) {
                    used.add(variables[index]);
                    renumbered[index] = used.size();
                }
                sliced[i] = VARIABLE_BASE - (renumbered[index] - 1);
            }
        }
        return new Template(sliced, used.toArray(Variable[]::new));
    }

    /** One pass over the text; a malformed variable falls back to literal characters. */
    private static final class Parser {
        private final String text;
        private final boolean policyVariables;
        private final boolean wildcards;
        private final List<Variable> variables = new ArrayList<>();
        private int[] tokens;
        private int length;

        Parser(String text, boolean policyVariables, boolean wildcards) {
            this.text = text;
            this.policyVariables = policyVariables;
            this.wildcards = wildcards;
            this.tokens = new int[text.length()];
        }

        Template parse() {
            int i = 0;
            while (i < text.length()) {
                if (policyVariables && text.startsWith("${", i)) {
                    int end = variable(i + 2);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                }
                char c = text.charAt(i++);
                add(wildcards && c == '*' ? Glob.ANY_RUN : wildcards && c == '?' ? Glob.ANY_ONE : c);
            }
            return new Template(Arrays.copyOf(tokens, length), variables.toArray(Variable[]::new));
        }

        /** Adds the variable or escape starting at {@code from}; returns the index after it, or -1. */
        private int variable(int from) {
            for (String escape : new String[] {"*}", "?}", "$}"}) {
                if (text.startsWith(escape, from)) {
                    add(escape.charAt(0));
                    return from + 2;
                }
            }
            int i = from;
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '}') {
                i++;
            }
            if (i == text.length()) {
                return -1;
            }
            String key = text.substring(from, i).strip();
            if (key.isEmpty() || key.chars().anyMatch(c -> Character.isWhitespace(c) || c == '$' || c == '{' || c == '\'')) {
                return -1;
            }
            if (text.charAt(i) == '}') {
                addVariable(new Variable(key, null));
                return i + 1;
            }
            i = skipSpaces(i + 1);
            if (i == text.length() || text.charAt(i) != '\'') {
                return -1;
            }
            StringBuilder defaultValue = new StringBuilder();
            i++;
            while (true) {
                if (i == text.length()) {
                    return -1;
                }
                char c = text.charAt(i++);
                if (c != '\'') {
                    defaultValue.append(c);
                } else if (i < text.length() && text.charAt(i) == '\'') {
                    defaultValue.append('\'');
                    i++;
                } else {
                    break;
                }
            }
            i = skipSpaces(i);
            if (i == text.length() || text.charAt(i) != '}') {
                return -1;
            }
            addVariable(new Variable(key, defaultValue.toString()));
            return i + 1;
        }

        private int skipSpaces(int i) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private void addVariable(Variable variable) {
            variables.add(variable);
            add(VARIABLE_BASE - (variables.size() - 1));
        }

        private void add(int token) {
            if (length == tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(8, length * 2));
            }
            tokens[length++] = token;
        }
    }
}
