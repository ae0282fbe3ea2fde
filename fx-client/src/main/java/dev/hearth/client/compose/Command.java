package dev.hearth.client.compose;

import dev.hearth.client.i18n.NameRuleText;
import dev.hearth.model.NameCheck;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What one line typed into the input box asks for. {@link CommandParser} makes these; the main
 * window switches over them exhaustively. Names in them are already checked and NFC-normalised;
 * a {@code null} room means "the current conversation".
 */
public sealed interface Command {

    /** Text for the current conversation, exactly as typed (outer blank lines and trailing spaces dropped). */
    record Say(String text) implements Command {
        public Say {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Nothing to send: the line was blank. The view keeps quiet and leaves the input as it is. */
    record Empty() implements Command {}

    record Join(String room) implements Command {
        public Join {
            Objects.requireNonNull(room, "room");
        }
    }

    record Leave(String room) implements Command {}

    record DirectMessage(String nick, String text) implements Command {
        public DirectMessage {
            Objects.requireNonNull(nick, "nick");
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code @nick} or {@code /msg nick} without text: show the conversation with {@code nick}. */
    record OpenDirect(String nick) implements Command {
        public OpenDirect {
            Objects.requireNonNull(nick, "nick");
        }
    }

    record Who(String room) implements Command {}

    /** Everyone on the relay ({@code who} without a room). */
    record ListOnline() implements Command {}

    record Rename(String nick) implements Command {
        public Rename {
            Objects.requireNonNull(nick, "nick");
        }
    }

    /** @param on true mutes, false unmutes, null toggles what the view knows of the room */
    record Mute(String room, Boolean on) implements Command {}

    record Ignore(String nick, boolean on) implements Command {
        public Ignore {
            Objects.requireNonNull(nick, "nick");
        }
    }

    /** @param topic a command's main name ({@code "join"}), or null for the list */
    record Help(String topic) implements Command {}

    /** Leave the relay for good ({@code bye}). */
    record Quit() implements Command {}

    /**
     * The line was not understood and must not be sent; show {@link #text} to the user.
     *
     * @param key  a key of the {@code Compose} bundle, a {@link java.text.MessageFormat} pattern
     * @param args its arguments; a {@link Lookup} or a refused name among them is itself
     *             translated first
     */
    record Problem(String key, List<Object> args) implements Command {
        public Problem {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }

        /** The sentence for people, in the bundle's language. */
        public String text(ResourceBundle bundle) {
            Object[] resolved = args.stream()
                    .map(arg -> switch (arg) {
                        case Lookup(String k) -> bundle.getString(k);
                        case NameCheck.Rejected rejected -> NameRuleText.describe(rejected, bundle.getLocale());
                        default -> arg;
                    })
                    .toArray();
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(resolved);
        }

        /** An argument that is a bundle key (e.g. a command's syntax line), translated when shown. */
        public record Lookup(String key) {
            public Lookup {
                Objects.requireNonNull(key, "key");
            }
        }
    }
}
