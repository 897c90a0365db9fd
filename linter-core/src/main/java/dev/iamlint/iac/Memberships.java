package dev.iamlint.iac;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Group memberships as the readers give them: by user, the groups the user is in. */
final class Memberships {

    private Memberships() {
    }

    /** Records in {@code groupsOfUser} that each of {@code users} is in each of {@code groups}, each group once. */
    static void add(Map<String, List<String>> groupsOfUser, List<String> users, List<String> groups) {
        if (groups.isEmpty()) {
            return;
        }
        for (String user : users) {
            List<String> known = groupsOfUser.computeIfAbsent(user, u -> new ArrayList<>());
            groups.stream().filter(group -> !known.contains(group)).forEach(known::add);
        }
    }

    /** An immutable copy that keeps the input's order of users, so that principals come in input order. */
    static Map<String, List<String>> copyOf(Map<String, List<String>> groupsOfUser) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        groupsOfUser.forEach((user, groups) -> copy.put(user, List.copyOf(groups)));
        return Collections.unmodifiableMap(copy);
    }
}
