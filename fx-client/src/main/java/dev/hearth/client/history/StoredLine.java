package dev.hearth.client.history;

/** A stored message with its place in the store: {@code id} orders a conversation and finds the message again. */
public record StoredLine(long id, StoredMessage message) {}
