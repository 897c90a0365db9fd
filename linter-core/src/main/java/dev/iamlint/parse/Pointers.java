package dev.iamlint.parse;

/** JSON pointers (RFC 6901) of policy elements, e.g. {@code /Statement/0/Action/1}, and of the documents holding them. */
public final class Pointers {

    private Pointers() {
    }

    public static String child(String parent, String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return join(parent, key);
        }
        // Condition keys such as aws:PrincipalTag/team contain '/', which RFC 6901 escapes.
        return join(parent, key.replace("~", "~0").replace("/", "~1"));
    }

    public static String child(String parent, int index) {
        return join(parent, Integer.toString(index));
    }

    /** Sized up front: every element of every document gets a pointer, and a growing builder copies twice. */
    private static String join(String parent, String segment) {
        return new StringBuilder(parent.length() + 1 + segment.length()).append(parent).append('/').append(segment).toString();
    }
}
