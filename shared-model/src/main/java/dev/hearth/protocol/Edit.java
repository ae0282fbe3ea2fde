package dev.hearth.protocol;

/** Replaces the text of one of the sender's own messages (protocol 1.1). */
public record Edit(String mid, String text, String id) implements Envelope {
    public static final String TYPE = "edit";

    public Edit {
        Ids.check(id);
        MessageIds.checkPresent(mid, "mid", TYPE);
        Require.text(text);
    }

    @Override
    public String toString() {
        return "Edit[mid=" + mid + ", text=(" + (text == null ? 0 : text.length()) + " chars), id=" + id + "]";
    }
}
