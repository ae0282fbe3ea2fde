package dev.hearth.installers.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packages the build wrote into {@code installers/target}, and the OS tools that look inside them. */
public final class PackageTools {

    public static final String VERSION = System.getProperty("hearth.version", "1.0.0");
    private static final Path DIR = Path.of(System.getProperty("hearth.packages.dir", "../target"));

    private PackageTools() {}

    /** A package the build made; fails with what to run when it is not there. */
    public static Path built(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file.toAbsolutePath() + "; run ./mvnw -Pinstallers package first");
        }
        return file;
    }

    /** What {@code dpkg -i} would put on the system, under {@code into} instead. */
    public static Path unpackDeb(Path deb, Path into) throws IOException, InterruptedException {
        run("dpkg-deb", "-x", deb.toString(), into.toString());
        return into;
    }

    /** Runs a command to its end; fails with its output unless it exits 0. Returns stdout and stderr. */
    public static String run(String... command) throws IOException, InterruptedException {
        Result result = exec(command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** A finished command: its exit code and everything it printed. */
    public record Result(int exitCode, String output) {}

    public static Result exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
