package dev.hearth.installers.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jpackage argument files. Only the Linux one runs here; the Windows and macOS ones are run by
 * the release workflow on those systems, so this checks what can be checked without them: every
 * file they name exists, and they build on the same common arguments the Linux build uses.
 */
class JpackageArgumentsTest {

    private static final Path MODULE = Path.of(System.getProperty("hearth.module.dir", "."));
    private static final List<String> FILE_OPTIONS = List.of("--icon", "--resource-dir", "--license-file",
            "--app-content", "--runtime-image");

    @ParameterizedTest
    @ValueSource(strings = {"common", "linux", "windows", "mac"})
    void everyFileAnArgumentFileNamesExists(String platform) throws IOException {
        Map<String, String> options = options(platform);
        for (String option : FILE_OPTIONS) {
            String value = options.get(option);
            if (value != null) {
                assertTrue(Files.exists(MODULE.resolve(value)), platform + ".args " + option + " " + value + " is missing");
            }
        }
    }

    @Test
    void eachPlatformBuildsWhatItShould() throws IOException {
        assertEquals("app-image", options("linux").get("--type"));
        assertEquals("msi", options("windows").get("--type"));
        assertTrue(options("windows").containsKey("--win-per-user-install"), "no admin rights needed");
        assertTrue(options("windows").containsKey("--win-menu"), "a Start-menu entry");
        assertEquals("dmg", options("mac").get("--type"));
        assertTrue(options("common").get("--main-class").equals("dev.hearth.client.app.Launcher"));
    }

    @Test
    void theLinuxBuildUsesTheSameCommonArguments() throws IOException {
        String script = Files.readString(MODULE.resolve("src/build/build-client-packages.sh"));
        assertTrue(script.contains("@src/jpackage/common.args @src/jpackage/linux.args"), script);
        String workflow = Files.readString(MODULE.resolve("../../.github/workflows/release.yml"));
        assertTrue(workflow.contains("@src/jpackage/common.args @src/jpackage/windows.args"), "Windows");
        assertTrue(workflow.contains("@src/jpackage/common.args @src/jpackage/mac.args"), "macOS");
    }

    @Test
    void theMacInfoPlistIsWellFormedAndClaimsHearthLinks() throws Exception {
        Path plist = MODULE.resolve(options("mac").get("--resource-dir")).resolve("Info.plist");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(plist.toFile());
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("CFBundleURLSchemes") && text.contains("hearth"), "hearth:// handler");
        assertTrue(text.contains("DEPLOY_BUNDLE_IDENTIFIER"), "jpackage's placeholders stay for it to fill");
    }

    /** An argument file's options; a value in double quotes keeps its spaces, as jpackage reads it. */
    private static Map<String, String> options(String platform) throws IOException {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)")
                .matcher(Files.readString(MODULE.resolve("src/jpackage/" + platform + ".args")));
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String name = words.get(i);
            boolean hasValue = i + 1 < words.size() && !words.get(i + 1).startsWith("--");
            options.put(name, hasValue ? words.get(++i) : "");
        }
        return options;
    }
}
