package dev.hearth.client.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The slash commands: main name, aliases, and where their help lives in the bundle. The order
 * here is the order of {@code /help} and of command-name completion.
 */
enum CommandSpec {
    JOIN("join", "j"),
    LEAVE("leave", "part"),
    MSG("msg"),
    WHO("who", "names"),
    LS("ls"),
    NICK("nick"),
    MUTE("mute", "i"),
    IGNORE("ignore"),
    UNIGNORE("unignore"),
    HELP("help"),
    QUIT("quit");

    private final String name;
    private final List<String> aliases;

    CommandSpec(String name, String... aliases) {
        this.name = name;
        this.aliases = List.of(aliases);
    }

    String commandName() {
        return name;
    }

    List<String> aliases() {
        return aliases;
    }

    /** Bundle key of the syntax line, e.g. {@code /join ROOM}. */
    String syntaxKey() {
        return "syntax." + name;
    }

    /** Bundle key of the one-line description. */
    String summaryKey() {
        return "summary." + name;
    }

    /** By main name or alias, ignoring case; {@code word} has no leading slash. */
    static Optional<CommandSpec> byName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(spec -> spec.name.equals(lower) || spec.aliases.contains(lower))
                .findFirst();
    }
}
