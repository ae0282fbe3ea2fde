package dev.hearth.client.chat;

import dev.hearth.client.files.FileKeeping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A window's {@link MessageFiles} for tests outside this package: files kept in {@code folder} by their SHA-256, no relay. */
public final class TestMessageFiles {

    private TestMessageFiles() {}

    public static MessageFiles keptIn(Path folder) {
        FileKeeping keeping = new FileKeeping() {
            @Override
            public Optional<Path> kept(String sha256) {
                Path path = placeFor(sha256);
                return Files.exists(path) ? Optional.of(path) : Optional.empty();
            }

            @Override
            public Path placeFor(String sha256) {
                return folder.resolve(sha256);
            }

            @Override
            public void arrived(String sha256) {}
        };
        return new MessageFiles(new RecordingLink(), new FileTransfers(), keeping,
                new ChatText(dev.hearth.client.i18n.I18n.bundle(MainView.class.getName(), java.util.Locale.ENGLISH)),
                words -> { });
    }
}
