package dev.hearth.relay.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rooms' presence feeds with real sessions, detached so that what each is sent shows in its replay
 * buffer: who takes which line, when, numbered where among the rest of what it is sent.
 */
class PresenceFeedTest {
    private final PresenceFeeds feeds = new PresenceFeeds();
    private final ReplayBudget budget = new ReplayBudget(1 << 20);

    private Session session(String nick) {
        return new Session("token-" + nick, nick, nick, new ReplayBuffer(1 << 20), new RecentEchoes(1000),
                new TokenBucket(1, 1, () -> 0), budget);
    }

    private static SharedBody line(String text) {
        return SharedBody.of(("{\"t\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    /** What the session was sent, as {@code text@n}, oldest first. */
    private static List<String> sent(Session session) {
        return session.replay().after(0).stream()
                .map(line -> new String(line.toBytes(), StandardCharsets.UTF_8))
                .map(json -> json.replaceAll("\\{\"t\":\"(.*)\",\"n\":(\\d+)}\n", "$1@$2"))
                .toList();
    }

    @Test
    void aLineWaitsForTheRoundThenEveryFollowerButTheOneItTellsOfTakesIt() {
        PresenceFeed lobby = feeds.newFeed();
        Session alice = session("alice");
        Session bob = session("bob");
        Session carol = session("carol");
        lobby.follow(alice);
        lobby.follow(bob);
        lobby.follow(carol);

        lobby.add(line("bob joined"), bob);
        assertEquals(0, alice.lastN(), "nothing numbered before the round");

        feeds.serveWaiting();
        assertEquals(List.of("bob joined@1"), sent(alice));
        assertEquals(List.of(), sent(bob));
        assertEquals(List.of("bob joined@1"), sent(carol));

        feeds.serveWaiting();
        assertEquals(List.of("bob joined@1"), sent(alice), "a line is taken once");
    }

    @Test
    void aFollowerTakesWhatWaitsBeforeAnythingElseItIsSent() {
        PresenceFeed lobby = feeds.newFeed();
        Session alice = session("alice");
        lobby.follow(alice);
        lobby.add(line("bob joined"), null);

        alice.deliver(line("bob: hi"), "m1");

        assertEquals(List.of("bob joined@1", "bob: hi@2"), sent(alice));
        feeds.serveWaiting();
        assertEquals(List.of("bob joined@1", "bob: hi@2"), sent(alice), "the round finds it taken");
    }

    @Test
    void linesOfSeveralRoomsArriveInTheOrderTheyWereAdded() {
        PresenceFeed lobby = feeds.newFeed();
        PresenceFeed garden = feeds.newFeed();
        Session alice = session("alice");
        Session bob = session("bob");
        lobby.follow(alice);
        garden.follow(alice);
        garden.follow(bob);

        garden.add(line("garden 1"), null);
        lobby.add(line("lobby 1"), null);
        garden.add(line("garden 2"), null);
        lobby.add(line("lobby 2"), null);
        feeds.serveWaiting();

        assertEquals(List.of("garden 1@1", "lobby 1@2", "garden 2@3", "lobby 2@4"), sent(alice));
        assertEquals(List.of("garden 1@1", "garden 2@2"), sent(bob));
    }

    @Test
    void aNewFollowerGetsNothingAddedBeforeIt() {
        PresenceFeed lobby = feeds.newFeed();
        Session alice = session("alice");
        Session bob = session("bob");
        lobby.follow(alice);
        lobby.add(line("carol joined"), null);
        lobby.follow(bob);
        lobby.add(line("dave joined"), null);

        feeds.serveWaiting();

        assertEquals(List.of("carol joined@1", "dave joined@2"), sent(alice));
        assertEquals(List.of("dave joined@1"), sent(bob));
    }

    @Test
    void aFollowerThatLeavesTakesWhatWaitedAndNothingAfter() {
        PresenceFeed lobby = feeds.newFeed();
        Session alice = session("alice");
        Session bob = session("bob");
        lobby.follow(alice);
        lobby.follow(bob);
        lobby.add(line("carol joined"), null);

        lobby.unfollow(alice);
        assertEquals(List.of("carol joined@1"), sent(alice), "taken as it left, before anything it is sent next");
        lobby.add(line("dave joined"), null);
        feeds.serveWaiting();

        assertEquals(List.of("carol joined@1"), sent(alice));
        assertEquals(List.of("carol joined@1", "dave joined@2"), sent(bob));
    }

    @Test
    void aFeedNobodyFollowsKeepsNothing() {
        PresenceFeed lobby = feeds.newFeed();
        lobby.add(line("carol joined"), null);
        Session alice = session("alice");
        lobby.follow(alice);

        feeds.serveWaiting();

        assertEquals(List.of(), sent(alice));
    }
}
