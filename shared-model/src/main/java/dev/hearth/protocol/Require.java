package dev.hearth.protocol;

/**
 * The shape rules records check in their compact constructors. A broken rule is an
 * {@link IllegalArgumentException} whose message the codec sends back as the {@code bad-request}
 * reason, so every message is written for the person who reads that error.
 *
 * <p>Only shape lives here. Whether a nick or room name is valid has its own error codes, and
 * limits a relay is configured with (text length, rate) are the relay's to check.
 */
final class Require {
    private Require() {}

    /** @throws IllegalArgumentException with {@code message} when {@code value} is absent */
    static void present(Object value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @throws IllegalArgumentException with {@code message} when {@code value} is below zero */
    static void notNegative(Long value, String message) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Say and dm text: present, not empty and without NUL, which many receivers treat as the end of a string. */
    static void text(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("\"text\" must be a non-empty string");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("\"text\" may not contain NUL");
        }
    }
}
