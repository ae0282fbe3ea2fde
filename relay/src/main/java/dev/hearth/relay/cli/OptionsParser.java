package dev.hearth.relay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The relay's options from its command line and, when {@code --config} or
 * {@value ConfigFile#ENV} names one, its config file. The command line is parsed first to learn
 * which options it gives; the file's other settings go in front of it and the whole is parsed
 * again, so both are checked by the same rules. A mistake in the file names its line.
 */
final class OptionsParser {

    private final PrintWriter out;
    private final Map<String, String> env;

    OptionsParser(PrintWriter out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    /** @return the options, or empty when {@code --help} or {@code --version} has been answered */
    Optional<RelayOptions> parse(List<String> args) throws UsageException {
        RelayOptions options = new RelayOptions();
        OptionModel model = OptionModel.forParsing(options);
        CommandLine first = model.commandLine();
        ParseResult parsed = parse(first, args);
        if (first.isUsageHelpRequested()) {
            OptionModel.forHelp().commandLine().usage(out);
            return Optional.empty();
        }
        if (first.isVersionHelpRequested()) {
            first.printVersionHelp(out);
            return Optional.empty();
        }
        RelayOptions.rejectRepeats(parsed.commandSpec());
        model.store();
        Path configPath = configPath(options);
        if (configPath == null) {
            return Optional.of(options);
        }
        ConfigFile config = ConfigFile.read(configPath);
        Set<String> given = parsed.matchedOptions().stream().map(OptionSpec::longestName).collect(Collectors.toSet());
        List<ConfigFile.Setting> settings = config.settings(first.getCommandSpec(), given);
        List<String> combined = new ArrayList<>();
        settings.forEach(setting -> combined.add(setting.argument()));
        combined.addAll(args);
        try {
            // The same model parses again: picocli sets every option back to its default first.
            parse(first, combined);
        } catch (UsageException e) {
            throw mistakeInFile(config, settings).orElse(e);
        }
        model.store();
        options.general.config = configPath;
        return Optional.of(options);
    }

    /**
     * The first of the file's settings that is wrong on its own, named by its line. Only asked once
     * the whole has failed: each check builds picocli's model of the options again.
     */
    private static Optional<UsageException> mistakeInFile(ConfigFile config, List<ConfigFile.Setting> settings) {
        for (ConfigFile.Setting setting : settings) {
            try {
                OptionModel.forParsing(new RelayOptions()).commandLine().parseArgs(setting.argument());
            } catch (ParameterException e) {
                return Optional.of(config.mistake(setting.entry(), e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private Path configPath(RelayOptions options) throws UsageException {
        if (options.general.config != null) {
            return options.general.config;
        }
        String fromEnv = env.get(ConfigFile.ENV);
        if (fromEnv == null) {
            return null;
        }
        if (fromEnv.isBlank()) {
            throw new UsageException(ConfigFile.ENV + " is set but empty; unset it, or name the config file");
        }
        return Path.of(fromEnv);
    }

    private static ParseResult parse(CommandLine commandLine, List<String> args) throws UsageException {
        try {
            return commandLine.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(reason(e, args));
        }
    }

    /** Never echoes what follows a would-be password option: that would print the secret. */
    private static String reason(ParameterException e, List<String> arguments) {
        boolean passwordOption = arguments.stream()
                .anyMatch(a -> a.equals("--password") || a.startsWith("--password="));
        if (passwordOption) {
            return "passwords are not accepted as options (they would show in the process list);"
                    + " use --password-file PATH or the " + PasswordSource.ENV + " environment variable";
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return e.getMessage() + " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return e.getMessage();
    }
}
