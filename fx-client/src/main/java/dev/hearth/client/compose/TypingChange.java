package dev.hearth.client.compose;

import java.util.Objects;

/**
 * One {@code typing} request to send. {@link #room()} and {@link #to()} fit
 * {@code RelayLink.typing(room, to, on)}: exactly one of them is set.
 */
public record TypingChange(TypingTarget target, boolean on) {
    public TypingChange {
        Objects.requireNonNull(target, "target");
    }

    public String room() {
        return target instanceof TypingTarget.Room(String name) ? name : null;
    }

    public String to() {
        return target instanceof TypingTarget.Direct(String nick) ? nick : null;
    }
}
