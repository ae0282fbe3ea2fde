package dev.hearth.client.compose;

import java.util.Objects;

/** Where a typing state goes: a room, or one person in a direct conversation. */
public sealed interface TypingTarget {

    record Room(String name) implements TypingTarget {
        public Room {
            Objects.requireNonNull(name, "name");
        }
    }

    record Direct(String nick) implements TypingTarget {
        public Direct {
            Objects.requireNonNull(nick, "nick");
        }
    }
}
