package dev.hearth.protocol;

/** Turns the sender's reaction {@code emoji} on a message on or off (protocol 1.1). */
public record React(String mid, String emoji, Boolean on, String id) implements Envelope {
    public static final String TYPE = "react";

    public React {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
        ReactionEmoji.check(emoji);
        Require.present(on, "\"react\" needs \"on\": true or false");
    }
}
