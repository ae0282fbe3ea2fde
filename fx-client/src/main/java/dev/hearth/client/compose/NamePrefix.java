package dev.hearth.client.compose;

import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Case-insensitive prefix matching of names, on NFC code points, for completion. */
final class NamePrefix {
    private NamePrefix() {}

    /**
     * The names starting with {@code typed}, in their given order, each uniqueness key once.
     * Comparison is NFC then full case folding (the room rule, which is exactly "ignore case"
     * for any script); the confusable skeleton is left out on purpose, as it would match
     * {@code rn} against {@code m}.
     */
    static List<String> matches(String typed, List<String> names, UnaryOperator<String> uniquenessKey) {
        String folded = RoomNames.key(typed);
        Set<String> seen = new HashSet<>();
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (RoomNames.key(name).startsWith(folded) && seen.add(uniquenessKey.apply(name))) {
                found.add(name);
            }
        }
        return List.copyOf(found);
    }

    static List<String> nicks(String typed, List<String> names) {
        return matches(typed, names, Nicknames::key);
    }

    static List<String> rooms(String typed, List<String> names) {
        return matches(typed, names, RoomNames::key);
    }
}
