package dev.hearth.relay.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reacted to one message with what, in the order they did: emoji in the order first used,
 * each with the people who have it on, by nick key (shown under the nick they had when they
 * reacted). Memory only.
 *
 * <p>Guarded by the router lock.
 */
public final class Reactions {
    /** Distinct emoji one person may have on one message (protocol 1.1). */
    public static final int MAX_PER_PERSON = 20;

    private final LinkedHashMap<String, LinkedHashMap<String, String>> byEmoji = new LinkedHashMap<>();

    public boolean has(String emoji, String nickKey) {
        Map<String, String> people = byEmoji.get(emoji);
        return people != null && people.containsKey(nickKey);
    }

    /** How many distinct emoji this person has on. */
    public int countOf(String nickKey) {
        int count = 0;
        for (Map<String, String> people : byEmoji.values()) {
            if (people.containsKey(nickKey)) {
                count++;
            }
        }
        return count;
    }

    /** Turns one person's reaction on or off; false when it already was. */
    public boolean set(String emoji, String nickKey, String nick, boolean on) {
        if (on) {
            return byEmoji.computeIfAbsent(emoji, e -> new LinkedHashMap<>()).putIfAbsent(nickKey, nick) == null;
        }
        Map<String, String> people = byEmoji.get(emoji);
        if (people == null || people.remove(nickKey) == null) {
            return false;
        }
        if (people.isEmpty()) {
            byEmoji.remove(emoji);
        }
        return true;
    }

    /** An independent copy, to try a change on. */
    public Reactions copy() {
        Reactions copy = new Reactions();
        byEmoji.forEach((emoji, people) -> copy.byEmoji.put(emoji, new LinkedHashMap<>(people)));
        return copy;
    }

    /** As a backlog message shows them; null when there are none, so the field is left out. */
    public Map<String, List<String>> toWire() {
        if (byEmoji.isEmpty()) {
            return null;
        }
        Map<String, List<String>> wire = new LinkedHashMap<>();
        byEmoji.forEach((emoji, people) -> wire.put(emoji, new ArrayList<>(people.values())));
        return wire;
    }

    /** Counts only: which emoji are on is message content. */
    @Override
    public String toString() {
        return "Reactions[" + byEmoji.size() + " emoji]";
    }
}
