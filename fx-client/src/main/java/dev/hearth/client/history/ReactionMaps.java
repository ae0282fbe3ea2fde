package dev.hearth.client.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one rule for a message's reactions, shared by the screen and the store. */
public final class ReactionMaps {

    private ReactionMaps() {}

    /** {@code reactions} with {@code nick}'s {@code emoji} turned on or off; the order of the rest kept. */
    public static Map<String, List<String>> toggle(Map<String, List<String>> reactions, String emoji, String nick, boolean on) {
        Map<String, List<String>> next = new LinkedHashMap<>(reactions);
        List<String> nicks = new ArrayList<>(next.getOrDefault(emoji, List.of()));
        nicks.remove(nick);
        if (on) {
            nicks.add(nick);
        }
        if (nicks.isEmpty()) {
            next.remove(emoji);
        } else {
            next.put(emoji, nicks);
        }
        return next;
    }
}
