package dev.hearth.protocol;

/**
 * Typing state, in a room ({@code room}) or a direct conversation ({@code to}). The relay adds
 * {@code from} when it forwards it; it never echoes it to the sender.
 */
public record Typing(String room, String to, String from, Boolean on, String id) implements Envelope {
    public static final String TYPE = "typing";

    public Typing {
        Ids.check(id);
        if (on == null || (room == null) == (to == null)) {
            throw new IllegalArgumentException("\"typing\" needs \"on\" and exactly one of \"room\" or \"to\"");
        }
    }
}
