package dev.hearth.client.history;

/** A stored message that contains every term searched for. */
public record SearchHit(ConversationRef conversation, StoredLine line) {}
