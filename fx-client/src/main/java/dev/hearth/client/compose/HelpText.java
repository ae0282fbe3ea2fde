package dev.hearth.client.compose;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What {@code /help} shows, one entry per line, every word from the bundle: the whole command
 * list, or one command's usage, description and aliases.
 */
public final class HelpText {
    private final ResourceBundle bundle;

    public HelpText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** For {@link Command.Help}: the list when {@code topic} is null, else that command (name or alias). */
    public List<String> lines(String topic) {
        if (topic == null) {
            return overview();
        }
        Optional<CommandSpec> spec = CommandSpec.byName(topic);
        return spec.isPresent() ? detail(spec.get()) : List.of(Command.Problem.of("problem.unknownHelpTopic", topic).text(bundle));
    }

    /** The command names {@code /help} knows, in the order it lists them (for completion and menus). */
    public static List<String> commandNames() {
        return Arrays.stream(CommandSpec.values()).map(CommandSpec::commandName).toList();
    }

    private List<String> overview() {
        List<String> lines = new ArrayList<>();
        lines.add(bundle.getString("help.header"));
        for (CommandSpec spec : CommandSpec.values()) {
            lines.add(format("help.entry", bundle.getString(spec.syntaxKey()), bundle.getString(spec.summaryKey())));
        }
        lines.add(bundle.getString("help.tips"));
        return List.copyOf(lines);
    }

    private List<String> detail(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(format("help.usage", bundle.getString(spec.syntaxKey())));
        lines.add(bundle.getString(spec.summaryKey()));
        if (!spec.aliases().isEmpty()) {
            lines.add(format("help.aliases", spec.aliases().stream().map(a -> "/" + a).collect(Collectors.joining(", "))));
        }
        return List.copyOf(lines);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
