package dev.hearth.client.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fetched files kept only for this run, when no history is kept: an owner-only temporary folder,
 * emptied and removed when the app closes ({@link #close}).
 */
public final class RunFolder implements FileKeeping, AutoCloseable {
    private final Path folder;

    private RunFolder(Path folder) {
        this.folder = folder;
    }

    public static RunFolder create() {
        try {
            boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path folder = posix
                    ? Files.createTempDirectory("hearth-files-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("hearth-files-");
            return new RunFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> kept(String sha256) {
        Path path = placeFor(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public Path placeFor(String sha256) {
        return folder.resolve(sha256.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void arrived(String sha256) {}

    /** Removes the folder and everything fetched into it. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The operating system's temporary folder is cleaned in time anyway.
        }
    }
}
