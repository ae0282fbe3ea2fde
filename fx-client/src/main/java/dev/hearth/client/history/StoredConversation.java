package dev.hearth.client.history;

import java.time.Instant;

/**
 * A conversation the store holds messages of.
 *
 * @param lastSeen the time of its newest stored message, or null when it has none
 */
public record StoredConversation(ConversationRef ref, Instant lastSeen) {}
