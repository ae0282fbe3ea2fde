package dev.hearth.relay.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debian's default Java 17, older than the relay needs; tests that use it are skipped where it is absent. */
final class OldJava {

    static final Path HOME = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    /** All the relay's jar prints on this Java, on stderr, before it exits with 1. */
    static final String TOO_OLD_LINE = "hearth-relay needs Java 25 or newer; this is Java 17 (" + HOME + ")."
            + " Set JAVA_HOME to a Java 25 and use its bin/java, or install one (e.g. Temurin 25).";

    private OldJava() {}

    /** Its {@code java} executable; skips the test when there is none. */
    static Path java() {
        Path java = HOME.resolve("bin").resolve("java");
        assumeTrue(Files.isExecutable(java), "no Java 17 at " + HOME);
        return java;
    }
}
