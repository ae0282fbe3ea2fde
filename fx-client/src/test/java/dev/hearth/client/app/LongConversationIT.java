package dev.hearth.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.chat.ChatLine;
import dev.hearth.client.history.HistoryFile;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ConnectRequest;
import dev.hearth.client.net.RelayClient;
import dev.hearth.client.settings.KnownRelaysFile;
import dev.hearth.client.testing.ChatWindow;
import dev.hearth.client.testing.EventLog;
import dev.hearth.client.testing.TestRelay;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Message;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A conversation of 100,000 messages in the real window: every one shown, in order, and kept in the
 * history file; then what it costs the heap (when all are shown, while the history thread may still
 * be writing, and once it has kept them all) and how long the FX thread takes to jump through it
 * and to page back through it, printed for docs/performance.md (measurements, not pass marks). At
 * every page each cell on screen must draw the line it holds.
 */
@ExtendWith(ApplicationExtension.class)
class LongConversationIT {

    private static final int TOTAL = 100_000;
    private static final String[] TEXTS = {
        "are we still on for saturday? I can bring the board games",
        "今天天气很好，我们下午去公园散步吧？",
        "sounds good \uD83D\uDC4D see you at 3",
        "https://example.org/menu has the new menu, the soup looks great",
    };

    private TestRelay relay;
    private Path config;
    private Stage stage;
    private RelayClient sender;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        relay = TestRelay.tls(b -> b.ratePerSecond(100_000).burst(100_000));
        config = Files.createTempDirectory("hearth-long");
        ChatWindow.start(stage, config.resolve("alice"));
    }

    @AfterEach
    void stop() {
        if (sender != null) {
            sender.close();
        }
        relay.close();
    }

    @Test
    void aHundredThousandMessagesAreAllThereAndTheWindowJumpsThroughThem(FxRobot robot) {
        ChatWindow alice = ChatWindow.of(robot, stage);
        alice.connect(relay.invite(null), "alice");
        alice.join("lobby");
        EventLog senderLog = new EventLog();
        // the sender's 100,000 echoes are not kept: the heap measured is the window's
        sender = new RelayClient(ChatWindow.FAST, new KnownRelaysFile(config.resolve("sender")), event -> {
            if (!(event instanceof ClientEvent.Received(Envelope envelope) && envelope instanceof Message)) {
                senderLog.accept(event);
            }
        });
        sender.connect(new ConnectRequest(relay.address(), relay.fingerprint(), "bob", null));
        senderLog.await(ClientEvent.LoggedIn.class, Duration.ofSeconds(20));
        sender.join("lobby");
        senderLog.await(ClientEvent.Received.class, r -> r.envelope() instanceof dev.hearth.protocol.Joined, Duration.ofSeconds(20));
        long before = usedHeapAfterGc();

        for (int i = 0; i < TOTAL; i++) {
            sender.say("lobby", i + " " + TEXTS[i % TEXTS.length]);
        }
        alice.await(() -> alice.messageCount() >= TOTAL, "all " + TOTAL + " messages", Duration.ofSeconds(180));
        long shown = usedHeapAfterGc();
        Path history = config.resolve("alice").resolve("data").resolve(HistoryFile.NAME);
        alice.await(() -> keptInHistory(history) == TOTAL, "all " + TOTAL + " messages kept in the history file",
                Duration.ofSeconds(180));
        long after = usedHeapAfterGc();

        List<ChatLine.MessageLine> messages = alice.messages();
        assertEquals(TOTAL, messages.size());
        for (int i = 0; i < TOTAL; i += 997) {
            assertEquals(i + " " + TEXTS[i % TEXTS.length], messages.get(i).text());
        }
        long longestJump = 0;
        int jumps = 0;
        for (int at = TOTAL; at >= 0; at -= TOTAL / 20) {
            int target = at;
            long started = System.nanoTime();
            ChatWindow.fx(() -> {
                ListView<ChatLine> lines = alice.find("#lines");
                lines.scrollTo(target);
                lines.layout();
                return null;
            });
            longestJump = Math.max(longestJump, System.nanoTime() - started);
            jumps++;
        }
        System.out.printf("long conversation of %d messages: heap %d MiB before, %d MiB with all shown, %d MiB once all "
                + "are kept in the history file (%d bytes per message); longest of %d jumps through it %d ms%n", TOTAL,
                before >> 20, shown >> 20, after >> 20, (after - before) / TOTAL, jumps, longestJump / 1_000_000);

        // Paging up as a reader scrolls back: at every step each cell shows another line. The first
        // pages warm the path up; the rest are measured (styling and layout on the FX thread).
        long[] pages = new long[PAGES];
        int top = TOTAL - PAGE_LINES;
        for (int page = 0; page < 2 * PAGES; page++) {
            int target = top;
            long took = ChatWindow.fx(() -> {
                long started = System.nanoTime();
                ListView<ChatLine> lines = alice.find("#lines");
                lines.scrollTo(target);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return System.nanoTime() - started;
            });
            if (page >= PAGES) {
                pages[page - PAGES] = took;
            }
            assertVisibleCellsShowTheirLines(alice);
            top -= PAGE_LINES;
        }
        java.util.Arrays.sort(pages);
        System.out.printf("long conversation, paging up %d lines at a time: median %.1f ms, slowest %.1f ms of %d pages%n",
                PAGE_LINES, pages[PAGES / 2] / 1e6, pages[PAGES - 1] / 1e6, PAGES);
    }

    private static final int PAGES = 150;
    private static final int PAGE_LINES = 25;

    /** Each cell on screen draws the nick and the text of the line it holds, whatever it held before. */
    private static void assertVisibleCellsShowTheirLines(ChatWindow window) {
        ChatWindow.fx(() -> {
            ListView<ChatLine> lines = window.find("#lines");
            int checked = 0;
            for (javafx.scene.Node node : lines.lookupAll(".list-cell")) {
                if (node instanceof javafx.scene.control.ListCell<?> cell && cell.isVisible() && !cell.isEmpty()
                        && cell.getItem() instanceof ChatLine.MessageLine line) {
                    javafx.scene.Node body = cell.getGraphic().lookup(".message-body");
                    String drawn = ((javafx.scene.text.TextFlow) body).getChildren().stream()
                            .filter(child -> child instanceof javafx.scene.text.Text t
                                    && (t.getStyleClass().contains("message-text") || t.getStyleClass().contains("message-link")))
                            .map(child -> ((javafx.scene.text.Text) child).getText())
                            .collect(java.util.stream.Collectors.joining());
                    // The one emoji among the texts is drawn as a picture, not as text.
                    assertEquals(line.text().replace("\uD83D\uDC4D", ""), drawn, "the text drawn in the cell of " + line.text());
                    assertEquals(line.from(), ((javafx.scene.text.Text) cell.getGraphic().lookup(".nick")).getText());
                    checked++;
                }
            }
            assertTrue(checked >= 5, "lines on screen: " + checked);
            return null;
        });
    }

    /** How many messages the history file holds, read as another program would, beside the window's own connection. */
    private static long keptInHistory(Path history) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + history + "?mode=ro");
             Statement query = db.createStatement();
             ResultSet count = query.executeQuery("SELECT count(*) FROM message")) {
            return count.next() ? count.getLong(1) : -1;
        } catch (SQLException e) {
            return -1; // not made yet, or busy: asked again
        }
    }

    /** The heap in use after collections settle: what is still reachable. */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
