package dev.hearth.relay.cli;

import dev.hearth.protocol.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config PATH}: one {@code key = value} per line, the keys being the long options without
 * their dashes ({@code port = 7777}, {@code public-host = chat.example.org}, {@code plaintext = true}).
 * Blank lines and lines starting with {@code #} are skipped; a value in double quotes keeps its
 * spaces; relative paths are taken from the file's directory. Every mistake names its line.
 *
 * <p>The file becomes options placed before the command line's, minus those the command line
 * gives itself: the command line wins, and the one parser checks both alike.
 */
final class ConfigFile {

    /** The config file when no {@code --config} is given; the packaged service sets it. */
    static final String ENV = "HEARTH_RELAY_CONFIG";

    /** Far beyond a config file of every option; a bigger file is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Set<String> NOT_SETTABLE = Set.of("help", "version", "config");
    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    /** One setting; values are never secrets, since the file may not hold a password. */
    record Entry(int line, String key, String value) {}

    private final Path file;
    private final List<Entry> entries;

    private ConfigFile(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static ConfigFile read(Path file) throws UsageException {
        String text = text(file);
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                // Not quoted back: a line without '=' might be a password someone put there.
                throw mistake(file, number, "expected key = value");
            }
            String key = line.substring(0, equals).strip();
            String value = unquoted(line.substring(equals + 1).strip());
            if (key.isEmpty()) {
                throw mistake(file, number, "no key before '='");
            }
            if (value.isEmpty()) {
                throw mistake(file, number, key + " has no value");
            }
            Integer earlier = seen.putIfAbsent(key, number);
            if (earlier != null) {
                throw mistake(file, number, key + " is already set on line " + earlier);
            }
            entries.add(new Entry(number, key, value));
        }
        return new ConfigFile(file, List.copyOf(entries));
    }

    List<Entry> entries() {
        return entries;
    }

    /** One entry as the command-line argument it stands for. */
    record Setting(Entry entry, String argument) {}

    /**
     * The file's settings as {@code --key=value} arguments for the options of {@code spec},
     * leaving out those in {@code givenOnCommandLine} (long names with dashes) and flags set false.
     */
    List<Setting> settings(CommandSpec spec, Set<String> givenOnCommandLine) throws UsageException {
        List<Setting> settings = new ArrayList<>();
        for (Entry entry : entries) {
            OptionSpec option = option(spec, entry);
            if (givenOnCommandLine.contains(option.longestName())) {
                continue;
            }
            if (option.arity().max() == 0) {
                if (flag(entry)) {
                    settings.add(new Setting(entry, option.longestName()));
                }
            } else {
                settings.add(new Setting(entry, option.longestName() + "=" + value(option, entry.value())));
            }
        }
        return settings;
    }

    /** Prefixes a problem found in one of the file's values with the file and line. */
    UsageException mistake(Entry entry, String problem) {
        return mistake(file, entry.line(), problem);
    }

    private OptionSpec option(CommandSpec spec, Entry entry) throws UsageException {
        String key = entry.key();
        if (key.equals("password")) {
            throw mistake(entry, "a password does not belong in a config file, which others may read;"
                    + " use password-file = PATH");
        }
        OptionSpec option = key.startsWith("-") ? null : spec.findOption("--" + key);
        if (option == null || NOT_SETTABLE.contains(key)) {
            throw mistake(entry, "unknown key '" + key + "' (keys are the long options of hearth-relay --help,"
                    + " without the dashes)");
        }
        return option;
    }

    private boolean flag(Entry entry) throws UsageException {
        String value = entry.value().toLowerCase(java.util.Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(value)) {
            return false;
        }
        throw mistake(entry, entry.key() + " is true or false, not '" + abbreviated(entry.value()) + "'");
    }

    private String value(OptionSpec option, String value) {
        if (option.type() == Path.class) {
            Path dir = file.toAbsolutePath().getParent();
            return dir == null ? value : dir.resolve(value).toString();
        }
        return value;
    }

    private static String text(Path file) throws UsageException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UsageException("cannot read config file " + IoMessages.describe(file, e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new UsageException("config file " + file + " is larger than " + MAX_BYTES / 1024
                    + " KiB; is it the right file?");
        }
        try {
            String text = StrictUtf8.decode(bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UsageException("config file " + file + " is not UTF-8 text");
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static UsageException mistake(Path file, int line, String problem) {
        return new UsageException("config file " + file + " line " + line + ": " + problem);
    }
}
