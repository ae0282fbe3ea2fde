package dev.hearth.client.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string comes from a bundle, and every bundle is complete in both languages. */
class BundlesTest {

    private static final Path ROOT = Path.of("src/main/resources/dev/hearth/client");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\b(text|promptText)=\"([^\"]*)\"");
    private static final Pattern KEY_REFERENCE = Pattern.compile("=\"%([^\"]+)\"");

    @Test
    void everyEnglishBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        List<Path> english = files(".properties").stream().filter(p -> !p.getFileName().toString().contains("_")).toList();
        assertFalse(english.isEmpty(), "no bundles found under " + ROOT.toAbsolutePath());
        for (Path base : english) {
            Path chinese = base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh_CN.properties"));
            assertTrue(Files.exists(chinese), "missing Chinese bundle for " + base);
            assertEquals(new TreeSet<>(keys(base)), new TreeSet<>(keys(chinese)), "keys differ: " + base + " vs " + chinese);
        }
    }

    /** A key written twice silently loses its first value (the connect screen's "Host" label once did). */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        Pattern key = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");
        for (Path bundle : files(".properties")) {
            Set<String> seen = new HashSet<>();
            String previous = "";
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                Matcher m = key.matcher(line);
                boolean continued = previous.endsWith("\\");
                previous = line;
                if (!continued && m.find()) {
                    assertTrue(seen.add(m.group(1)), bundle + ": " + m.group(1) + " is defined twice");
                }
            }
        }
    }

    @Test
    void everyChineseValueIsFilledIn() throws IOException {
        for (Path chinese : files("_zh_CN.properties")) {
            Properties values = load(chinese);
            for (String key : values.stringPropertyNames()) {
                assertFalse(values.getProperty(key).isBlank(), chinese + ": " + key + " is empty");
            }
        }
    }

    @Test
    void everyKeyAnFxmlFileUsesExistsInItsBundle() throws IOException {
        for (Path fxml : files(".fxml")) {
            Set<String> available = bundleKeysFor(fxml);
            Matcher m = KEY_REFERENCE.matcher(Files.readString(fxml));
            while (m.find()) {
                assertTrue(available.contains(m.group(1)), fxml + " uses %" + m.group(1) + " which no bundle defines");
            }
        }
    }

    @Test
    void noFxmlTextIsALiteral() throws IOException {
        for (Path fxml : files(".fxml")) {
            Matcher m = TEXT_ATTRIBUTE.matcher(Files.readString(fxml));
            while (m.find()) {
                String value = m.group(2);
                assertTrue(value.isEmpty() || value.startsWith("%") || value.startsWith("${") || value.startsWith("$"),
                        fxml + ": " + m.group(1) + "=\"" + value + "\" is a literal; use %key");
            }
        }
    }

    /** The bundle named like the FXML file, or else every bundle in its directory. */
    private static Set<String> bundleKeysFor(Path fxml) throws IOException {
        Path named = fxml.resolveSibling(fxml.getFileName().toString().replace(".fxml", ".properties"));
        if (Files.exists(named)) {
            return keys(named);
        }
        Set<String> all = new HashSet<>();
        try (Stream<Path> siblings = Files.list(fxml.getParent())) {
            for (Path p : siblings.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_")).toList()) {
                all.addAll(keys(p));
            }
        }
        return all;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return new ArrayList<>(walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
