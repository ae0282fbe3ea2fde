package dev.hearth.installers.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.installers.testing.RunningProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One runnable jar per platform, for friends who have Java 25: each carries its platform's JavaFX
 * natives, JNA's (under the OS credential store) and SQLite's (the history), built for its processor, and no other
 * platform's (the names are the same across the architectures of one OS, so one jar could not hold
 * them all).
 */
class PlatformJarsIT {

    /** What a native library is, read from its first bytes. */
    private enum Binary { ELF_X64, ELF_AARCH64, MACHO_X64, MACHO_ARM64, PE_X64, OTHER }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"linux-x64, .so, ELF_X64", "linux-aarch64, .so, ELF_AARCH64", "win-x64, .dll, PE_X64",
            "mac-x64, .dylib, MACHO_X64", "mac-aarch64, .dylib, MACHO_ARM64"})
    void eachJarHoldsItsPlatformsNativesAndNoOthers(String platform, String suffix, Binary expected) throws IOException {
        try (JarFile jar = new JarFile(ClientPackages.platformJar(platform).toFile())) {
            assertEquals("dev.hearth.client.app.Launcher", jar.getManifest().getMainAttributes().getValue("Hearth-Main-Class"));
            assertEquals("dev.hearth.launch.JavaVersionGate", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.getEntry("dev/hearth/client/app/Launcher.class") != null, "the client");
            List<String> natives = new ArrayList<>();
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib")
                        || name.endsWith(".a")) {
                    natives.add(name);
                    boolean jnaOnMac = suffix.equals(".dylib") && name.endsWith(".jnilib");
                    assertTrue(name.endsWith(suffix) || jnaOnMac, platform + " holds another OS's native " + name);
                    if (name.contains("glass") || name.contains("prism") || name.contains("javafx")
                            || name.contains("jnidispatch") || name.contains("sqlitejdbc")) {
                        assertEquals(expected, kind(jar, entry), name + " is built for another processor");
                    }
                }
            }
            assertTrue(natives.stream().anyMatch(n -> n.contains("glass")), "JavaFX's windowing native: " + natives);
            assertTrue(natives.stream().anyMatch(n -> n.contains("prism")), "JavaFX's graphics natives: " + natives);
            assertEquals(1, natives.stream().filter(n -> n.contains("jnidispatch")).count(), "JNA's native, once: " + natives);
            assertEquals(1, natives.stream().filter(n -> n.contains("sqlitejdbc")).count(), "SQLite's native, once: " + natives);
            assertTrue(jar.getEntry("META-INF/services/java.sql.Driver") != null, "the SQLite driver registers itself");
            ZipEntry readers = jar.getEntry("META-INF/services/javax.imageio.spi.ImageReaderSpi");
            assertTrue(readers != null && new String(jar.getInputStream(readers).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi"), "the WebP reader registers itself");
        }
    }

    /** The history's database runs from the Linux jar alone: its driver, its native, the trigram index search needs. */
    @Test
    void theLinuxJarsSqliteRunsHere() throws Exception {
        try (java.net.URLClassLoader jar = new java.net.URLClassLoader(
                new java.net.URL[] {ClientPackages.platformJar("linux-x64").toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            java.sql.Driver driver = (java.sql.Driver) Class.forName("org.sqlite.JDBC", true, jar).getDeclaredConstructor().newInstance();
            try (java.sql.Connection db = driver.connect("jdbc:sqlite:" + temp.resolve("probe.sqlite"), new java.util.Properties());
                 java.sql.Statement s = db.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'trigram')");
                s.execute("INSERT INTO t VALUES ('今天天气很好')");
                try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE t MATCH '天气很'")) {
                    assertEquals(1, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void theLinuxJarStartedHereOpensItsWindow() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (VirtualDisplay display = VirtualDisplay.start();
             RunningProcess client = RunningProcess.start(temp, env -> {
                 env.put("DISPLAY", display.name());
                 env.put("HOME", home.toString());
             }, List.of(java, "-Dhearth.lan=off", "-jar", ClientPackages.platformJar("linux-x64").toString(),
                     "--config-dir=" + home.resolve("c")))) {
            display.awaitWindowTitled("Hearth", Duration.ofSeconds(60), client.process());
            assertFalse(client.stderr().stream().anyMatch(l -> l.contains("Exception")), client.stderr().toString());
        }
    }

    private static Binary kind(JarFile jar, ZipEntry entry) throws IOException {
        byte[] head;
        try (InputStream in = jar.getInputStream(entry)) {
            head = in.readNBytes(512);
        }
        ByteBuffer little = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            int machine = little.getShort(18) & 0xffff;
            return machine == 0x3E ? Binary.ELF_X64 : machine == 0xB7 ? Binary.ELF_AARCH64 : Binary.OTHER;
        }
        int magic = little.getInt(0);
        if (magic == 0xFEEDFACF) { // 64-bit Mach-O, little-endian
            int cpu = little.getInt(4);
            return cpu == 0x01000007 ? Binary.MACHO_X64 : cpu == 0x0100000C ? Binary.MACHO_ARM64 : Binary.OTHER;
        }
        if (head[0] == 'M' && head[1] == 'Z') {
            int pe = little.getInt(0x3C);
            int machine = little.getShort(pe + 4) & 0xffff;
            return machine == 0x8664 ? Binary.PE_X64 : Binary.OTHER;
        }
        return Binary.OTHER;
    }
}
