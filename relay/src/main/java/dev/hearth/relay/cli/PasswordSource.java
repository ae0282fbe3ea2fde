package dev.hearth.relay.cli;

import dev.hearth.protocol.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The host's own door password: the first line of {@code --password-file}, else {@value #ENV},
 * else none (and {@link PasswordChoice} decides what none means).
 * The file wins because it is the explicit choice on this command line, while the variable may
 * be left over in the environment. Never an option value: those show up in process listings.
 */
final class PasswordSource {

    static final String ENV = "HEARTH_PASSWORD";

    /** A longer first line means the option points at the wrong file. */
    static final int MAX_LINE_BYTES = 4096;

    private PasswordSource() {}

    static Optional<String> resolve(Path file, Map<String, String> env) throws UsageException {
        if (file != null) {
            return Optional.of(firstLine(file));
        }
        String value = env.get(ENV);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            // Most likely "HEARTH_PASSWORD=$UNSET_VARIABLE": refuse rather than run an open relay.
            throw new UsageException(ENV + " is set but empty; unset it to run without a password");
        }
        return Optional.of(value);
    }

    /** The line ends at {@code \n}; a trailing {@code \r} and a leading byte order mark are dropped, other spaces kept. */
    static String firstLine(Path file) throws UsageException {
        byte[] head = readHead(file);
        int newline = indexOf(head, (byte) '\n');
        if (newline < 0 && head.length > MAX_LINE_BYTES) {
            throw new UsageException("password file " + file + ": first line is longer than " + MAX_LINE_BYTES + " bytes");
        }
        String line = utf8(file, Arrays.copyOf(head, newline < 0 ? head.length : newline));
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new UsageException("password file " + file + ": first line is empty");
        }
        return line;
    }

    private static byte[] readHead(Path file) throws UsageException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_LINE_BYTES + 1);
        } catch (IOException e) {
            throw new UsageException("cannot read password file " + IoMessages.describe(file, e));
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(Path file, byte[] bytes) throws UsageException {
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UsageException("password file " + file + ": first line is not UTF-8 text");
        }
    }
}
