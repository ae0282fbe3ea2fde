package dev.hearth.relay.tls;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A path written so that it can be pasted into a POSIX shell as one word: the fixes the relay
 * suggests must work for macOS's default data directory, whose name has spaces in it.
 */
final class ShellWord {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./,:+@%=-]+");

    private ShellWord() {}

    static String quote(Path path) {
        String text = path.toString();
        if (PLAIN.matcher(text).matches()) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
