package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.Delivery;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.HistoryBytes;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.TestRelay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The client writes no message text, DM text or password to a log or a settings file. Messages
 * are kept in one place only, the history file the user chose to keep (and never the password);
 * with "Keep history" off, nowhere at all.
 */
@ExtendWith(ApplicationExtension.class)
class ClientPrivacyIT {

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;
    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient friend;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        // Everything Hearth's own loggers say, debug included, and whatever the libraries log at
        // their default levels: what a user's log would hold. (JavaFX's own CSS tracing at FINE
        // prints node contents, but only when someone turns JavaFX debugging on.)
        Logger hearth = Logger.getLogger("dev.hearth");
        rootLevel = hearth.getLevel();
        hearth.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        relay = TestRelay.tls(b -> b.password("open sesame"));
        config = Files.createTempDirectory("hearth-privacy");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("dev.hearth").setLevel(rootLevel);
        if (friend != null) {
            friend.close();
        }
        relay.close();
    }

    @Test
    void noTextOrPasswordReachesALogOrAFileButTheHistoryKeepsTheMessages(FxRobot robot) throws IOException {
        List<Path> files = converse(robot);
        Path history = config.resolve("alice").resolve("data").resolve(dev.hearth.client.history.HistoryFile.NAME);
        assertTrue(files.contains(history), files.toString());
        ChatWindow.of(robot, stage).await(() -> {
            String kept = HistoryBytes.of(history); // the database and its write-ahead log, as the history thread writes them
            return kept.contains(said) && kept.contains(whispered);
        }, "the history keeps both conversations");
        assertFalse(HistoryBytes.of(history).contains(password), "never the password");
        for (Path file : files) {
            if (!file.getFileName().toString().startsWith(dev.hearth.client.history.HistoryFile.NAME)) {
                assertNoSecretIn(file, List.of(said, whispered, password));
            }
        }
    }

    @Test
    void withHistoryOffNoMessageTouchesTheDisk(FxRobot robot) throws IOException {
        Files.createDirectories(config.resolve("alice"));
        new dev.hearth.client.settings.PreferencesStore(config.resolve("alice"))
                .save(dev.hearth.client.settings.Preferences.DEFAULTS.withKeepHistory(false));
        // the window was started before this test could write the preference: start it again on it
        ChatWindow.fx(() -> {
            stage.close();
            return null;
        });
        ChatWindow.fx(() -> {
            ChatWindow.start(stage, config.resolve("alice"));
            return null;
        });
        List<Path> files = converse(robot);
        assertFalse(files.stream().anyMatch(f -> f.getFileName().toString().startsWith(dev.hearth.client.history.HistoryFile.NAME)),
                files.toString());
        for (Path file : files) {
            assertNoSecretIn(file, List.of(said, whispered, password));
        }
    }

    private final String said = "said-" + UUID.randomUUID();
    private final String whispered = "whispered-" + UUID.randomUUID();
    private final String password = "open sesame";

    private static void assertNoSecretIn(Path file, List<String> secrets) throws IOException {
        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
            assertFalse(content.contains(secret), () -> file + " holds a secret");
        }
    }

    /** Alice talks in a room and gets a DM, then closes the window; no log holds a secret. The files left. */
    private List<Path> converse(FxRobot robot) throws IOException {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.fill("#passwordField", password);
        alice.connect(relay.invite(null), "alice");
        alice.send("/join lobby");
        EventLog friendLog = new EventLog();
        friend = new RelayClient(ChatWindow.FAST, new KnownRelaysFile(config.resolve("bob")), friendLog);
        friend.connect(new ConnectRequest(relay.address(), relay.fingerprint(), "bob", password));
        friendLog.await(ClientEvent.LoggedIn.class, Duration.ofSeconds(20));

        alice.send(said);
        friend.dm("alice", whispered);
        friend.typing(null, "alice", true);
        alice.await(() -> alice.conversation("bob") != null, "the DM arrived");
        alice.await(() -> alice.messages().stream().anyMatch(m -> m.text().equals(said)) || alice.conversations().size() > 1,
                "the message went out");
        ChatWindow.fx(() -> {
            alice.stage().close();
            return null;
        });

        List<String> secrets = List.of(said, whispered, password);
        List<String> logged;
        synchronized (capture) {
            logged = records.stream().map(ClientPrivacyIT::everything).toList();
        }
        assertFalse(logged.isEmpty(), "the relay and client did log (metadata)");
        for (String line : logged) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), () -> "a log record holds a secret: " + line);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(config)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(KnownRelaysFile.FILE_NAME)), files.toString());
        assertEquals(0, alice.messages().stream().filter(m -> m.delivery() == Delivery.FAILED).count());
        return files;
    }

    private static String everything(LogRecord record) {
        StringBuilder out = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            out.append(' ').append(Arrays.toString(record.getParameters()));
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            out.append(' ').append(t);
        }
        return out.toString();
    }
}
