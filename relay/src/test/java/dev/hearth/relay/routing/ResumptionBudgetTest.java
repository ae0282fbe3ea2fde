package dev.hearth.relay.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.protocol.EnvelopeCodec;
import dev.hearth.relay.RelayConfig;
import dev.hearth.relay.session.Session;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relay-wide replay budget through the router: sessions that never acknowledge cannot hold
 * more than it together; the one that gave its lines up fails to resume from before, keeps its
 * connection and its live traffic meanwhile, and everyone else resumes as before.
 */
class ResumptionBudgetTest {
    private static final long BUDGET = 1 << 20;
    /** 4,000 characters JSON escapes to six bytes each: a line of about 24 KB. */
    private static final String TEXT = "\\u0001".repeat(4000);

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private Router router;

    private void start(RelayConfig.Builder config) {
        router = new Router(config.port(0).ratePerSecond(1_000_000).burst(1_000_000).build(), codec,
                Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC), System::nanoTime);
    }

    @Test
    void manySessionsThatNeverAcknowledgeStayWithinTheBudgetTogether() {
        start(RelayConfig.builder().replayBudget(BUDGET).maxConnections(100));
        List<RecordingPeer> sleepers = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            RecordingPeer sleeper = login("s" + i).peer;
            send(sleeper, "{\"type\":\"join\",\"room\":\"lobby\"}");
            sleepers.add(sleeper);
        }
        RecordingPeer talker = login("talker").peer;
        send(talker, "{\"type\":\"join\",\"room\":\"lobby\"}");

        RelayState state = router.stateForTests();
        for (int i = 0; i < 100; i++) {
            say(talker, "lobby", null);
            long held = state.replayBudget().bytes();
            assertTrue(held <= BUDGET, () -> held + " bytes kept for resumption");
            assertEquals(held, state.sessions().stream().mapToLong(ResumptionBudgetTest::kept).sum(),
                    "the budget counts exactly what the sessions keep");
        }
        // 100 messages of 24 KB to 100 sessions is 240 MB that would have been kept without the budget.
        for (RecordingPeer sleeper : sleepers) {
            assertEquals(100, sleeper.drain().stream().filter(e -> e.get("type").asText().equals("message")).count(),
                    "every session, its buffer given up or not, got every message live");
        }
    }

    @Test
    void theSessionThatGaveUpItsLinesFailsToResumeWhileTheOthersResume() {
        start(RelayConfig.builder().replayBudget(BUDGET));
        LoggedIn talker = login("talker");
        LoggedIn sleeper = login("sleeper");
        List<LoggedIn> readers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            readers.add(login("reader" + i));
        }
        for (LoggedIn member : everyone(talker, sleeper, readers)) {
            send(member.peer, "{\"type\":\"join\",\"room\":\"lobby\"}");
        }
        long sleeperLast = sleeper.process();

        // 60 lines of 24 KB: the sleeper, which never acknowledges, would keep 1.4 MB.
        for (int i = 0; i < 60; i++) {
            say(talker.peer, "lobby", null); // no id: the talker remembers no echoes and holds little
            for (LoggedIn reader : everyone(talker, null, readers)) {
                send(reader.peer, "{\"type\":\"ack\",\"n\":" + reader.process() + "}");
            }
            assertTrue(router.stateForTests().replayBudget().bytes() <= BUDGET);
        }
        List<JsonNode> live = sleeper.peer.drain();
        assertEquals(60, live.stream().filter(e -> e.get("type").asText().equals("message")).count(),
                "the sleeper's connection got every message while its lines for resumption were given up");
        assertFalse(sleeper.peer.closed());

        // A lurker in a quiet room never acknowledges either, but holds little: it keeps its lines.
        LoggedIn lurker = login("lurker");
        send(lurker.peer, "{\"type\":\"join\",\"room\":\"side\"}");
        send(talker.peer, "{\"type\":\"join\",\"room\":\"side\"}");
        long lurkerLast = lurker.process();
        say(talker.peer, "side", "late");

        for (LoggedIn member : everyone(talker, sleeper, readers)) {
            member.process();
            router.onClosed(member.peer);
        }
        router.onClosed(lurker.peer);

        RecordingPeer sleeperBack = resume(sleeper.token, sleeperLast);
        JsonNode failed = sleeperBack.drain().getFirst();
        assertEquals("resume-failed", failed.path("code").asText(), failed::toString);
        login("sleeper"); // its nick is free for a fresh login

        RecordingPeer lurkerBack = resume(lurker.token, lurkerLast);
        List<JsonNode> replay = lurkerBack.drain();
        assertEquals("welcome", replay.getFirst().get("type").asText(), replay::toString);
        assertEquals("late", replay.getLast().get("id").asText(), "the lurker's replay is whole");

        for (LoggedIn reader : everyone(talker, null, readers)) {
            RecordingPeer back = resume(reader.token, reader.processed);
            JsonNode welcome = back.drain().getFirst();
            assertEquals("welcome", welcome.get("type").asText(), () -> reader.token + ": " + welcome);
        }
    }

    /** A logged-in test peer and the highest n it has processed. */
    private static final class LoggedIn {
        final RecordingPeer peer;
        final String token;
        long processed;

        LoggedIn(RecordingPeer peer, String token) {
            this.peer = peer;
            this.token = token;
        }

        /** Processes everything received; returns the highest n so far. */
        long process() {
            for (JsonNode envelope : peer.drain()) {
                processed = Math.max(processed, envelope.path("n").asLong());
            }
            return processed;
        }
    }

    private static List<LoggedIn> everyone(LoggedIn talker, LoggedIn sleeper, List<LoggedIn> readers) {
        List<LoggedIn> all = new ArrayList<>(readers);
        all.add(talker);
        if (sleeper != null) {
            all.add(sleeper);
        }
        return all;
    }

    private static long kept(Session session) {
        // What the budget holds a session to: its replay buffer and, here with no ids, no echoes.
        return session.replay().heldBytes();
    }

    private LoggedIn login(String nick) {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"nick\":\"" + nick + "\"}");
        JsonNode welcome = peer.drain().getFirst();
        assertEquals("welcome", welcome.get("type").asText(), welcome::toString);
        return new LoggedIn(peer, welcome.get("session").asText());
    }

    private RecordingPeer resume(String token, long last) {
        RecordingPeer peer = new RecordingPeer();
        send(peer, "{\"type\":\"hello\",\"v\":1,\"resume\":\"" + token + "\",\"last\":" + last + "}");
        return peer;
    }

    /** @param id null for none, so that no echo is remembered */
    private void say(RecordingPeer peer, String room, String id) {
        send(peer, "{\"type\":\"say\",\"room\":\"" + room + "\",\"text\":\"" + TEXT + "\""
                + (id == null ? "" : ",\"id\":\"" + id + "\"") + "}");
    }

    private void send(RecordingPeer peer, String json) {
        router.onLine(peer, codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }
}
