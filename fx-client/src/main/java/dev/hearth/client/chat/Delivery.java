package dev.hearth.client.chat;

/** Where one of our own messages stands. */
public enum Delivery {
    /** Sent or waiting to be sent; the relay's echo has not come back yet. */
    PENDING,
    /** The relay's echo arrived: everyone in the conversation has it. */
    CONFIRMED,
    /** The relay refused it (too long, not in the room, nobody by that nick…); it can be retried. */
    FAILED
}
