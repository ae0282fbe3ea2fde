package dev.hearth.client.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypingSignalTest {
    private static final TypingTarget LOBBY = new TypingTarget.Room("lobby");
    private static final TypingTarget BOB = new TypingTarget.Direct("bob");
    private static final List<TypingChange> NOTHING = List.of();

    private Instant now = Instant.parse("2026-11-22T19:00:00Z");
    private final InstantSource clock = () -> now;
    private TypingSignal signal;

    @BeforeEach
    void inTheLobby() {
        signal = new TypingSignal(clock);
        assertEquals(NOTHING, signal.conversationChanged(LOBBY));
    }

    @Test
    void onAtTheFirstKeystrokeThenRefreshedAtMostEveryThreeSeconds() {
        assertEquals(List.of(on(LOBBY)), signal.edited("h"));
        after(1_000);
        assertEquals(NOTHING, signal.edited("he"));
        after(1_999);
        assertEquals(NOTHING, signal.edited("hel"));
        after(1);
        assertEquals(List.of(on(LOBBY)), signal.edited("hell"));
        after(2_000);
        assertEquals(NOTHING, signal.edited("hello"));
        assertEquals(NOTHING, signal.tick());
    }

    @Test
    void offAfterFiveQuietSecondsSeenByTick() {
        signal.edited("h");
        after(4_999);
        assertEquals(NOTHING, signal.tick());
        after(1);
        assertEquals(List.of(off(LOBBY)), signal.tick());
        assertEquals(NOTHING, signal.tick());
        after(10_000);
        assertEquals(List.of(on(LOBBY)), signal.edited("hi"));
    }

    @Test
    void keystrokesPostponeTheIdleOff() {
        signal.edited("h");
        after(4_000);
        signal.edited("hi");
        after(4_000);
        assertEquals(NOTHING, signal.tick());
        after(1_000);
        assertEquals(List.of(off(LOBBY)), signal.tick());
    }

    @Test
    void offWhenTheDraftEmptiesAndOnAgainWhenTypingResumes() {
        signal.edited("h");
        assertEquals(List.of(off(LOBBY)), signal.edited(""));
        assertEquals(NOTHING, signal.edited("   "));
        assertEquals(List.of(on(LOBBY)), signal.edited("x"));
    }

    @Test
    void offWhenTheLineIsSent() {
        signal.edited("hello");
        assertEquals(List.of(off(LOBBY)), signal.sent());
        assertEquals(NOTHING, signal.sent());
        assertEquals(NOTHING, signal.tick());
    }

    @Test
    void changingConversationEndsTypingInTheOldOneOnly() {
        signal.edited("hello");
        assertEquals(List.of(off(LOBBY)), signal.conversationChanged(BOB));
        assertEquals(List.of(on(BOB)), signal.edited("hello"));
        assertEquals(List.of(off(BOB)), signal.conversationChanged(null));
        assertEquals(NOTHING, signal.edited("more"));
        assertEquals(NOTHING, signal.tick());
    }

    @Test
    void neverForSlashCommandsOrAtNickMessages() {
        assertEquals(NOTHING, signal.edited("/"));
        assertEquals(NOTHING, signal.edited("/join lobby"));
        assertEquals(NOTHING, signal.edited("@bob secret"));
        assertEquals(List.of(on(LOBBY)), signal.edited("//shrug"));
        assertEquals(List.of(off(LOBBY)), signal.edited("/join"));
    }

    @Test
    void directConversationsUseTheToField() {
        signal.conversationChanged(BOB);
        TypingChange change = signal.edited("psst").getFirst();
        assertEquals(null, change.room());
        assertEquals("bob", change.to());
        assertEquals("lobby", on(LOBBY).room());
        assertEquals(null, on(LOBBY).to());
    }

    private void after(long millis) {
        now = now.plus(Duration.ofMillis(millis));
    }

    private static TypingChange on(TypingTarget target) {
        return new TypingChange(target, true);
    }

    private static TypingChange off(TypingTarget target) {
        return new TypingChange(target, false);
    }
}
