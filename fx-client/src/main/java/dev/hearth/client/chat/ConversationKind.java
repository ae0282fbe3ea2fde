package dev.hearth.client.chat;

/** A room everyone in it reads, or a direct conversation with one person. */
public enum ConversationKind {
    ROOM,
    DIRECT
}
