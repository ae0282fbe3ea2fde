package dev.hearth.client.compose;

import dev.hearth.client.compose.Command.Problem;
import dev.hearth.model.NameCheck;
import dev.hearth.model.Nicknames;
import dev.hearth.model.RoomNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a line from the input box into a {@link Command}. Pure and stateless: the same line
 * always gives the same command, and nothing that looks like a command is ever sent as text.
 *
 * <p>A line (leading whitespace ignored) starting with {@code /} is a command and {@code //}
 * escapes a literal slash; {@code @nick text} is a direct message. The full-width {@code ／} and
 * {@code ＠} that Chinese input methods type count too. Command names and {@code on|off} ignore
 * case; arguments are trimmed; message text keeps its inner spaces and line breaks.
 */
public final class CommandParser {
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[\\h\\x0B\\f]*\\R)+");

    private CommandParser() {}

    public static Command parse(String line) {
        Objects.requireNonNull(line, "line");
        String lead = line.stripLeading();
        if (lead.isEmpty()) {
            return new Command.Empty();
        }
        if (isSlash(lead.codePointAt(0))) {
            return lead.length() > 1 && isSlash(lead.codePointAt(1)) ? say(lead.substring(1)) : command(lead.substring(1));
        }
        if (isAt(lead.codePointAt(0)) && lead.length() > 1 && !Character.isWhitespace(lead.codePointAt(1))) {
            return direct(lead.substring(1), false);
        }
        return say(line);
    }

    /**
     * Whether typing {@code draft} is writing a message for the current conversation, so that
     * others may see "typing": not a command and not an {@code @nick} direct message.
     */
    public static boolean isConversationText(String draft) {
        String lead = draft.stripLeading();
        if (lead.isEmpty()) {
            return false;
        }
        int first = lead.codePointAt(0);
        if (isSlash(first)) {
            return lead.length() > 1 && isSlash(lead.codePointAt(1));
        }
        // A lone "@" is most likely the start of a nick, so it does not count yet.
        return !isAt(first) || lead.length() > 1 && Character.isWhitespace(lead.codePointAt(1));
    }

    static boolean isSlash(int codePoint) {
        return codePoint == '/' || codePoint == '／';
    }

    static boolean isAt(int codePoint) {
        return codePoint == '@' || codePoint == '＠';
    }

    /** Message text as sent: blank lines before it and whitespace after it are dropped. */
    static String messageText(String raw) {
        return LEADING_BLANK_LINES.matcher(raw).replaceFirst("").stripTrailing();
    }

    private static Command say(String raw) {
        String text = messageText(raw);
        return text.isEmpty() ? new Command.Empty() : new Command.Say(text);
    }

    private static Command command(String afterSlash) {
        Words words = Words.split(afterSlash);
        if (words.first().isEmpty()) {
            return Problem.of("problem.emptyCommand");
        }
        Optional<CommandSpec> spec = CommandSpec.byName(words.first());
        if (spec.isEmpty()) {
            return Problem.of("problem.unknownCommand", words.first());
        }
        return arguments(spec.get(), words.rest());
    }

    private static Command arguments(CommandSpec spec, String rest) {
        String arg = rest.strip();
        return switch (spec) {
            case JOIN -> arg.isEmpty() ? usage(spec) : room(arg, Command.Join::new);
            case LEAVE -> arg.isEmpty() ? new Command.Leave(null) : room(arg, Command.Leave::new);
            case MSG -> arg.isEmpty() ? usage(spec) : direct(rest.stripLeading(), true);
            case WHO -> arg.isEmpty() ? new Command.Who(null) : room(arg, Command.Who::new);
            case LS -> arg.isEmpty() ? new Command.ListOnline() : usage(spec);
            case NICK -> arg.isEmpty() ? usage(spec) : nick(arg, Command.Rename::new);
            case MUTE -> mute(arg);
            case IGNORE -> arg.isEmpty() ? usage(spec) : person(arg, n -> new Command.Ignore(n, true));
            case UNIGNORE -> arg.isEmpty() ? usage(spec) : person(arg, n -> new Command.Ignore(n, false));
            case HELP -> help(arg);
            // Like IRC's "/quit message": what follows is not a mistake worth stopping for.
            case QUIT -> new Command.Quit();
        };
    }

    /** {@code nick [text]}, after {@code @} or {@code /msg}. */
    private static Command direct(String nickAndText, boolean stripAt) {
        Words words = Words.split(nickAndText);
        String text = messageText(words.rest().replaceFirst("\\A\\h+", ""));
        Function<String, Command> make = n -> text.isEmpty() ? new Command.OpenDirect(n) : new Command.DirectMessage(n, text);
        return stripAt ? person(words.first(), make) : nick(words.first(), make);
    }

    /** {@code [room] [on|off]}: a room called "on" is written {@code #on}. */
    private static Command mute(String arg) {
        String[] words = arg.isEmpty() ? new String[0] : arg.split("\\s+");
        Boolean last = words.length == 0 ? null : onOff(words[words.length - 1]);
        int roomWords = words.length - (last == null ? 0 : 1);
        if (roomWords > 1) {
            return usage(CommandSpec.MUTE);
        }
        return roomWords == 0 ? new Command.Mute(null, last) : room(words[0], r -> new Command.Mute(r, last));
    }

    private static Command help(String arg) {
        if (arg.isEmpty()) {
            return new Command.Help(null);
        }
        String topic = arg.codePointCount(0, arg.length()) > 1 && isSlash(arg.codePointAt(0)) ? arg.substring(1) : arg;
        return CommandSpec.byName(topic)
                .<Command>map(spec -> new Command.Help(spec.commandName()))
                .orElseGet(() -> Problem.of("problem.unknownHelpTopic", topic));
    }

    private static Boolean onOff(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Command room(String raw, Function<String, Command> make) {
        return switch (RoomNames.check(withoutOne(raw, '#'))) {
            case NameCheck.Accepted accepted -> make.apply(accepted.name());
            case NameCheck.Rejected rejected -> Problem.of("problem.invalidRoom", raw, rejected);
        };
    }

    private static Command nick(String raw, Function<String, Command> make) {
        return switch (Nicknames.check(raw)) {
            case NameCheck.Accepted accepted -> make.apply(accepted.name());
            case NameCheck.Rejected rejected -> Problem.of("problem.invalidNick", raw, rejected);
        };
    }

    /** Someone addressed, not a nick being chosen: {@code @bob} means bob (completion writes it so). */
    private static Command person(String raw, Function<String, Command> make) {
        return nick(withoutOne(raw, '@'), make);
    }

    private static Problem usage(CommandSpec spec) {
        return Problem.of("problem.usage", new Problem.Lookup(spec.syntaxKey()));
    }

    private static String withoutOne(String word, char prefix) {
        return word.length() > 1 && word.charAt(0) == prefix ? word.substring(1) : word;
    }
}
