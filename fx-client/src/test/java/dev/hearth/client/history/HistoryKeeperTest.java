package dev.hearth.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's history file over its life: opened when first needed, erased when the user stops keeping it. */
class HistoryKeeperTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final ConversationRef LOBBY = ConversationRef.room("home.example:7777", "alice", "lobby");

    @TempDir
    Path dir;
    private final List<SQLException> problems = new ArrayList<>();

    @Test
    void stoppingErasesTheFileAndKeepingAgainStartsAnEmptyOne() throws Exception {
        Path file = dir.resolve("data").resolve(HistoryFile.NAME);
        HistoryKeeper keeper = new HistoryKeeper(file, true, CLOCK, problems::add);
        assertFalse(Files.exists(file), "nothing is made before it is needed");
        HistoryThread history = keeper.current();
        history.write(s -> s.record(LOBBY, StoredMessage.sent("m1", 1L, CLOCK.instant(), "bob", "hello", false, null)));
        assertEquals(1, history.askNow(s -> s.latest(LOBBY, 10)).lines().size());
        assertTrue(Files.exists(file));

        keeper.eraseAndStop();
        assertNull(keeper.current());
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(), left.toList(), "the file and its journal are gone");
        }
        history.write(s -> { throw new AssertionError("a closed history takes no more work"); });

        keeper.keep();
        HistoryThread fresh = keeper.current();
        assertNotNull(fresh);
        assertEquals(0, fresh.askNow(s -> s.latest(LOBBY, 10)).lines().size());
        keeper.close();
        assertEquals(List.of(), problems);
    }

    @Test
    void aDamagedFileIsSaidOnceAndANewOneUsed() throws Exception {
        Path file = dir.resolve(HistoryFile.NAME);
        Files.writeString(file, "not a database ".repeat(100));
        HistoryKeeper keeper = new HistoryKeeper(file, true, CLOCK, problems::add);
        assertNotNull(keeper.current());
        String notice = keeper.takeNotice();
        assertTrue(notice != null && notice.contains("damaged"), notice);
        assertNull(keeper.takeNotice());
        keeper.close();
    }

    @Test
    void aUserWhoKeepsNoHistoryGetsNoFile() {
        Path file = dir.resolve(HistoryFile.NAME);
        HistoryKeeper keeper = new HistoryKeeper(file, false, CLOCK, problems::add);
        assertNull(keeper.current());
        assertFalse(Files.exists(file));
    }
}
