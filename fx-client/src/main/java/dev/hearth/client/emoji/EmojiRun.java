package dev.hearth.client.emoji;

/** A piece of message text: plain characters, or one emoji drawn as a picture. */
public sealed interface EmojiRun {

    /** The characters of the message this piece stands for. */
    String text();

    record Plain(String text) implements EmojiRun {}

    record Emoji(String text) implements EmojiRun {}
}
