package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/hearth/client/compose");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:syntax|summary|help|problem)\\.[A-Za-z.]+)\"");

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() {
        assertEquals(new TreeSet<>(load("Compose.properties").stringPropertyNames()),
                new TreeSet<>(load("Compose_zh_CN.properties").stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Compose.properties", "Compose_zh_CN.properties"})
    void everyKeyTheCodeUsesExists(String file) throws IOException {
        Properties bundle = load(file);
        Set<String> used = keysUsedBySources();
        for (CommandSpec spec : CommandSpec.values()) {
            used.add(spec.syntaxKey());
            used.add(spec.summaryKey());
        }
        assertFalse(used.isEmpty());
        used.forEach(key -> assertTrue(bundle.containsKey(key), file + " lacks " + key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Compose.properties", "Compose_zh_CN.properties"})
    void everyValueIsFilledAndEveryPatternParses(String file) {
        Properties bundle = load(file);
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            assertFalse(value.isBlank(), key);
            if (key.startsWith("problem.") || key.startsWith("help.")) {
                assertDoesNotThrow(() -> new MessageFormat(value), key);
            }
        }
    }

    @Test
    void chineseIsChosenForChinaAndEnglishOtherwise() {
        assertEquals("用法：{0}", ComposeBundle.load(Locale.SIMPLIFIED_CHINESE).getString("help.usage"));
        assertEquals("Usage: {0}", ComposeBundle.load(Locale.ENGLISH).getString("help.usage"));
    }

    private static Set<String> keysUsedBySources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String file) {
        try (InputStream in = ComposeBundle.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
