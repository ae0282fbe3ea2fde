package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.ProblemCause;
import dev.hearth.client.net.RelayAddress;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.ErrorReply;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Presence;
import dev.hearth.protocol.Typing;
import dev.hearth.protocol.Welcome;
import dev.hearth.protocol.Who;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat state without a scene: batches in, observable state and relay requests out. */
class ChatViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-11-22T13:00:00Z");

    private final RecordingLink link = new RecordingLink();
    private final List<String> notifications = new ArrayList<>();
    private final MutableClock clock = new MutableClock(T0);
    private ChatViewModel chat;
    private ClientEventRouter router;
    private final WindowEvents window = new WindowEvents();

    @BeforeEach
    void loggedInToLobby() {
        chat = new ChatViewModel(link, clock, ZONE, new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)),
                (title, body) -> notifications.add(title + ": " + body));
        router = new ClientEventRouter(chat, window);
        feed(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.0", null, List.of(), null, null, null), false, null),
                received(new Joined("lobby", List.of("alice", "bob"), null)));
    }

    @Test
    void theRouterSendsWindowEventsToTheWindowAndAProblemAfterLoginToTheChat() {
        RelayAddress here = new RelayAddress("relay.example", 7777, true);
        feed(new ClientEvent.TrustNeeded(here, "sha256:new"), new ClientEvent.PinMismatch(here, "sha256:old", "sha256:new"),
                new ClientEvent.LoginRefused(new ErrorReply("nick-taken", "taken", null, true)),
                new ClientEvent.Problem(ProblemCause.CLOSED, "gone"));
        assertEquals(List.of("logged in alice", "trust sha256:new", "mismatch sha256:new", "refused nick-taken"), window.seen);
        assertTrue(lastSystemText(lobby()).startsWith("Connection problem:"), "after the login a problem is the chat's");

        WindowEvents fresh = new WindowEvents();
        new ClientEventRouter(chat, fresh).route(List.of(new ClientEvent.Problem(ProblemCause.REFUSED, "no")));
        assertEquals(List.of("unreachable REFUSED"), fresh.seen, "before any login it sends the user back to the form");
    }

    @Test
    void theWordsAroundTheOpenConversationFollowTheSelection() {
        OpenConversation open = chat.open();
        assertEquals("#lobby", open.titleProperty().get());
        assertEquals("2 members", open.detailProperty().get());
        assertEquals("Leave", open.leaveLabelProperty().get());
        assertTrue(open.roomProperty().get());
        assertTrue(open.promptProperty().get().startsWith("Message #lobby"));
        feed(received(new Typing("lobby", null, "bob", true, null)));
        assertEquals("bob is typing…", open.typingProperty().get());

        chat.openDirect("bob");
        assertEquals("bob", open.titleProperty().get());
        assertEquals("Close", open.leaveLabelProperty().get());
        assertFalse(open.roomProperty().get(), "no members, no mute");
        assertEquals("", open.typingProperty().get());
        assertTrue(open.promptProperty().get().startsWith("Message bob"));
    }

    @Test
    void aRefusedFirstLineOfADayGetsItsSeparatorAndATypingHintThatFoundNobodySaysNothing() {
        chat.openDirect("carol");
        Conversation carol = chat.selectedProperty().get();
        chat.submit("are you there?");
        feed(received(new ErrorReply("no-such-nick", "nobody", "id1", false)),
                received(new ErrorReply("no-such-nick", "nobody", dev.hearth.client.net.RelayLink.TYPING_ID, false)));
        chat.submit("/help");

        List<String> shown = carol.lines().stream().map(l -> switch (l) {
            case ChatLine.DaySeparator d -> "day";
            case ChatLine.MessageLine m -> m.text();
            case ChatLine.SystemLine sys -> "system";
        }).toList();
        assertEquals(List.of("day", "are you there?", "system"), shown.subList(0, 3), "the separator above the refused line");
        assertEquals(1, shown.stream().filter("day"::equals).count(), "and no second one below it: " + shown);
        assertTrue(carol.lines().stream().noneMatch(l -> l instanceof ChatLine.SystemLine sys && sys.text().contains("Nobody")),
                "the typing hint's error is not shown");
    }

    @Test
    void ownMessageIsPendingUntilItsEchoThenConfirmedOnce() {
        assertEquals(SubmitResult.DONE, chat.submit("hello"));
        assertEquals("say lobby hello id1", link.last());
        ChatLine.MessageLine pending = lastMessage(lobby());
        assertEquals(Delivery.PENDING, pending.delivery());

        feed(received(message(1, "alice", "hello", "id1")));

        List<ChatLine.MessageLine> messages = messages(lobby());
        assertEquals(1, messages.size(), "the echo replaces the pending line");
        assertEquals(Delivery.CONFIRMED, messages.getFirst().delivery());
        assertEquals(1L, messages.getFirst().seq());
    }

    @Test
    void aLineKeepsOnlyWhatItNeedsAndLinesByOneNickShareItsName() {
        chat.submit("mine");
        // the relay hands every member the id the sender chose, and a fresh string per message
        feed(received(message(1, "bob", "first", "b7")), received(message(2, new String("bob"), "second", "b8")),
                received(message(3, "alice", "mine", "id1")));

        List<ChatLine.MessageLine> lines = messages(lobby());
        assertNull(lines.get(0).clientId(), "another client's id means nothing here");
        assertEquals("id1", lines.get(2).clientId(), "our own line keeps the id it was sent with");
        assertTrue(lines.get(0).from() == lines.get(1).from(), "one copy of bob's nick for both lines");
        assertTrue(lines.get(0).changes() == ChatLine.Changes.NONE && lines.get(1).changes() == ChatLine.Changes.NONE,
                "a line nothing happened to shares the empty changes");
    }

    @Test
    void confirmedMessagesKeepTheRelaysOrderAndPendingOnesStayBelow() {
        chat.submit("mine");
        feed(received(message(1, "bob", "first", null)));

        List<ChatLine.MessageLine> before = messages(lobby());
        assertEquals(List.of("first", "mine"), before.stream().map(ChatLine.MessageLine::text).toList());

        feed(received(message(2, "bob", "second", null)), received(message(3, "alice", "mine", "id1")));
        assertEquals(List.of("first", "second", "mine"), messages(lobby()).stream().map(ChatLine.MessageLine::text).toList());
        assertTrue(messages(lobby()).stream().allMatch(m -> m.delivery() == Delivery.CONFIRMED));
    }

    @Test
    void anErrorNamingOurIdFailsTheLineAndRetrySendsItAgain() {
        chat.submit("x".repeat(10));
        feed(received(new ErrorReply("text-too-long", "too long", "id1", false)));
        ChatLine.MessageLine failed = lastMessage(lobby());
        assertEquals(Delivery.FAILED, failed.delivery());
        assertEquals("The message is too long for this relay (at most 4,000 characters).", failed.failure());

        chat.failedLines().retry(failed);

        assertEquals("say lobby xxxxxxxxxx id2", link.last());
        assertEquals(Delivery.PENDING, lastMessage(lobby()).delivery());
        feed(received(message(1, "alice", "xxxxxxxxxx", "id2")));
        assertEquals(1, messages(lobby()).size());
        assertEquals(Delivery.CONFIRMED, lastMessage(lobby()).delivery());
    }

    @Test
    void aFailedLineStaysWhereItWasSentAndNewerMessagesGoBelowIt() {
        feed(received(message(1, "bob", "before", null)));
        chat.submit("refused");
        chat.submit("still pending");
        feed(received(new ErrorReply("rate-limited", "slow down", "id1", false)));
        clock.advance(Duration.ofSeconds(5));
        feed(received(new Message("lobby", 2L, clock.instant(), "bob", "after", null)));

        assertEquals(List.of("before", "refused", "after", "still pending"),
                messages(lobby()).stream().map(ChatLine.MessageLine::text).toList());
        assertEquals(List.of(Delivery.CONFIRMED, Delivery.FAILED, Delivery.CONFIRMED, Delivery.PENDING),
                messages(lobby()).stream().map(ChatLine.MessageLine::delivery).toList());
    }

    @Test
    void editTakesAFailedLineBackIntoTheInputAndDismissDropsIt() {
        chat.submit("first try");
        chat.submit("second");
        feed(received(new ErrorReply("rate-limited", "slow down", "id1", false)),
                received(new ErrorReply("rate-limited", "slow down", "id2", false)));
        List<ChatLine.MessageLine> failed = messages(lobby());

        chat.failedLines().edit(failed.get(0));
        assertEquals("first try", chat.draft().typedProperty().get());
        chat.failedLines().dismiss(failed.get(1));

        assertEquals(List.of(), messages(lobby()), "both gone from the conversation");
        int before = link.sent.size();
        chat.failedLines().retry(failed.get(1));
        assertEquals(before, link.sent.size(), "a dismissed line cannot be sent again");
    }

    @Test
    void theDraftCountsDownNearTheRelaysLimitAndTooLongIsNotSent() {
        feed(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.0", null, List.of(), null,
                new Welcome.Limits(65536, 100, 5, 20), null), true, null));
        chat.draft().typedProperty().set("x".repeat(89));
        assertEquals("", chat.draft().countProperty().get(), "far from the limit");
        chat.draft().typedProperty().set("x".repeat(90));
        assertEquals("90 / 100", chat.draft().countProperty().get());
        assertFalse(chat.draft().tooLongProperty().get());
        chat.draft().typedProperty().set("\uD83D\uDE00".repeat(101)); // 101 code points, 202 chars
        assertEquals("101 / 100 \u2014 1 character too long to send", chat.draft().countProperty().get());
        assertTrue(chat.draft().tooLongProperty().get());

        assertEquals(SubmitResult.KEEP_INPUT, chat.submit(chat.draft().typedProperty().get()));
        assertEquals(SubmitResult.KEEP_INPUT, chat.submit("/msg bob " + "y".repeat(101)));
        assertTrue(link.sent.stream().noneMatch(l -> l.startsWith("say") || l.startsWith("dm")), link.sent.toString());
        assertEquals(SubmitResult.DONE, chat.submit("y".repeat(100)));
    }

    @Test
    void aBacklogOlderThanYouJoinedAndAReplayOlderThanReconnectedReadInTimeOrder() {
        clock.advance(Duration.ofMinutes(30));
        feed(received(new Joined("kitchen", List.of("alice", "bob"), null)),
                received(new Message("kitchen", 7L, T0, "bob", "from the backlog", null)),
                received(new Message("kitchen", 8L, T0.plusSeconds(60), "bob", "also from the backlog", null)));
        Conversation kitchen = chat.conversations().stream().filter(c -> c.name().equals("kitchen")).findFirst().orElseThrow();
        assertEquals(List.of("from the backlog", "also from the backlog", "You joined #kitchen."), texts(kitchen));

        clock.advance(Duration.ofMinutes(5));
        feed(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok2", "hearth-relay/1.0", null, List.of(), null, null, null),
                false, null));
        feed(received(new Message("kitchen", 9L, T0.plus(Duration.ofMinutes(33)), "bob", "missed while away", null)),
                received(new Message("kitchen", 10L, clock.instant().plusSeconds(1), "bob", "after", null)));
        assertEquals(List.of("from the backlog", "also from the backlog", "You joined #kitchen.", "missed while away",
                "Reconnected with a new session; your rooms were joined again.", "after"), texts(kitchen));
    }

    @Test
    void aBacklogFromYesterdayGoesBeforeTodaysSeparator() {
        Instant yesterday = T0.minus(Duration.ofDays(1));
        feed(received(new Joined("kitchen", List.of("alice"), null)),
                received(new Message("kitchen", 1L, yesterday, "bob", "old", null)));
        Conversation kitchen = chat.conversations().stream().filter(c -> c.name().equals("kitchen")).findFirst().orElseThrow();
        List<String> shown = kitchen.lines().stream().map(l -> switch (l) {
            case ChatLine.DaySeparator d -> d.date().toString();
            case ChatLine.MessageLine m -> m.text();
            case ChatLine.SystemLine sys -> sys.text();
        }).toList();
        assertEquals(List.of("2026-11-21", "old", "2026-11-22", "You joined #kitchen."), shown);
    }

    @Test
    void aRepeatedSeqFromARejoinedBacklogIsShownOnce() {
        feed(received(message(1, "bob", "one", null)), received(message(2, "bob", "two", null)));
        feed(received(message(1, "bob", "one", null)), received(message(2, "bob", "two", null)),
                received(message(3, "bob", "three", null)));
        assertEquals(List.of("one", "two", "three"), messages(lobby()).stream().map(ChatLine.MessageLine::text).toList());
    }

    @Test
    void aDeletedMessageInAVersionOnePointOneBacklogShowsQuietlyWithoutItsText() {
        feed(received(message(1, "bob", "kept", null)),
                received(new Message("lobby", 2L, clock.instant(), "alice", null, "m2", null, null, null, true, "id9")));
        List<ChatLine.MessageLine> shown = messages(lobby());
        assertEquals(List.of("kept", "message deleted"), shown.stream().map(ChatLine.MessageLine::text).toList());
        assertFalse(shown.getLast().own(), "a deleted line of ours offers nothing to do");
    }

    @Test
    void theFirstMessageUnreadWhenAConversationIsOpenedIsMarkedUntilTheUserGoesElsewhere() {
        feed(received(message(1, "bob", "seen", null)));
        chat.openDirect("bob");
        feed(received(message(2, "bob", "first unread", null)), received(message(3, "bob", "second unread", null)));
        Conversation lobby = lobby();
        assertNull(lobby.unreadMarkProperty().get(), "no mark while it is unread and not open");
        chat.select(lobby);
        assertEquals("first unread", lobby.unreadMarkProperty().get().text());
        feed(received(message(4, "bob", "read as it came", null)));
        assertEquals("first unread", lobby.unreadMarkProperty().get().text(), "the mark stays while the conversation is open");
        chat.openDirect("bob");
        assertNull(lobby.unreadMarkProperty().get());
        chat.select(lobby);
        assertNull(lobby.unreadMarkProperty().get(), "nothing was unread this time");
    }

    @Test
    void aRoomMadeAnewRestartsItsNumberingAndIsNotMistakenForRepeats() {
        feed(received(message(5, "bob", "old", null)));
        clock.advance(Duration.ofMinutes(5));
        feed(received(new Message("lobby", 1L, T0.plus(Duration.ofMinutes(5)), "bob", "new room", null)));
        assertEquals(List.of("old", "new room"), messages(lobby()).stream().map(ChatLine.MessageLine::text).toList());
    }

    @Test
    void aDaySeparatorStartsEachNewLocalDay() {
        Instant beforeMidnight = Instant.parse("2026-11-22T15:59:00Z"); // 23:59 in Shanghai
        Instant afterMidnight = Instant.parse("2026-11-22T16:01:00Z"); // 00:01 the next day
        feed(received(new Message("lobby", 1L, beforeMidnight, "bob", "late", null)),
                received(new Message("lobby", 2L, afterMidnight, "bob", "early", null)));
        List<LocalDate> days = lobby().lines().stream()
                .filter(l -> l instanceof ChatLine.DaySeparator).map(l -> ((ChatLine.DaySeparator) l).date()).toList();
        assertEquals(List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)), days);
        int lateAt = indexOfText(lobby(), "late");
        int earlyAt = indexOfText(lobby(), "early");
        assertInstanceOf(ChatLine.DaySeparator.class, lobby().lines().get(earlyAt - 1));
        assertTrue(lateAt < earlyAt - 1);
    }

    @Test
    void aDirectMessageOpensItsOwnConversationCountsUnreadAndNotifies() {
        feed(received(new Dm("bob", "alice", "psst", T0, null)));

        Conversation bob = conversation("bob");
        assertEquals(ConversationKind.DIRECT, bob.kind());
        assertEquals(1, bob.unreadProperty().get());
        assertEquals(1, chat.totalUnreadProperty().get());
        assertEquals(List.of("bob: psst"), notifications);

        chat.select(bob);
        assertEquals(0, bob.unreadProperty().get());
        assertEquals(0, chat.totalUnreadProperty().get());
    }

    @Test
    void aMentionIsFlaggedAndNotifiedWhileTheWindowIsUnfocused() {
        chat.windowFocusedProperty().set(false);
        feed(received(message(1, "bob", "hey Alice, look", null)), received(message(2, "bob", "malice aforethought", null)));

        assertTrue(messages(lobby()).get(0).mention());
        assertFalse(messages(lobby()).get(1).mention(), "a nick inside a word is no mention");
        assertTrue(lobby().mentionedProperty().get());
        assertEquals(2, lobby().unreadProperty().get());
        assertEquals(List.of("#lobby · bob: hey Alice, look"), notifications);
    }

    @Test
    void chineseNicksAreMentionedWithoutSpacesAround() {
        feed(new ClientEvent.LoggedIn(new Welcome(1, "小明", "t", null, null, null, null, null, null), true, null));
        chat.windowFocusedProperty().set(false);
        feed(received(message(1, "小红", "小明你好", null)));
        assertTrue(lastMessage(lobby()).mention());
    }

    @Test
    void typingShowsWhoAndExpiresWithoutARefresh() {
        feed(received(new Typing("lobby", null, "bob", true, null)));
        assertEquals(List.of("bob"), lobby().typingProperty().get());
        clock.advance(Duration.ofSeconds(3));
        chat.tick();
        assertEquals(List.of("bob"), lobby().typingProperty().get());
        clock.advance(Duration.ofSeconds(4));
        chat.tick();
        assertEquals(List.of(), lobby().typingProperty().get());
    }

    @Test
    void typingInTheDraftIsSentAndStopsWhenTheLineIsSent() {
        chat.draft().typedProperty().set("hel");
        assertEquals("typing #lobby true", link.last());
        chat.submit("hello");
        assertTrue(link.sent.contains("typing #lobby false"), link.sent.toString());
    }

    @Test
    void presenceUpdatesMembersAndWritesSystemLines() {
        feed(received(presence("carol", "join", null)));
        assertEquals(List.of("alice", "bob", "carol"), lobby().members());
        feed(received(presence("carol2", "rename", "carol")));
        assertEquals(List.of("alice", "bob", "carol2"), lobby().members());
        feed(received(presence("bob", "leave", null)));
        assertEquals(List.of("alice", "carol2"), lobby().members());
        List<String> system = lobby().lines().stream().filter(l -> l instanceof ChatLine.SystemLine)
                .map(l -> ((ChatLine.SystemLine) l).text()).toList();
        assertTrue(system.containsAll(List.of("carol joined.", "carol is now known as carol2.", "bob left.")), system.toString());
    }

    @Test
    void aRenameOfADirectPartnerRenamesTheirConversation() {
        feed(received(new Dm("bob", "alice", "hi", T0, null)));
        feed(received(presence("robert", "rename", "bob")));
        assertNull(chat.conversations().stream().filter(c -> c.name().equals("bob")).findAny().orElse(null));
        assertEquals(ConversationKind.DIRECT, conversation("robert").kind());
    }

    @Test
    void whoAnswersFillTheMemberListOrListEveryoneOnline() {
        feed(received(new Who("lobby", List.of("alice", "bob", "dave"), null)));
        assertEquals(List.of("alice", "bob", "dave"), lobby().members());
        feed(received(new Who(null, List.of("alice", "bob", "dave", "erin"), null)));
        assertTrue(lastSystemText(lobby()).contains("Online (4): alice, bob, dave, erin"));
    }

    @Test
    void slashCommandsGoToTheRelayAndUnknownOnesAreExplainedNotSent() {
        chat.submit("/join #kitchen");
        assertEquals("join kitchen", link.last());
        chat.submit("/who");
        assertEquals("who lobby", link.last());
        chat.submit("/ls");
        assertEquals("who null", link.last());
        chat.submit("/mute");
        assertEquals("mute lobby true", link.last());
        chat.submit("/ignore mallory");
        assertEquals("ignore mallory true", link.last());
        chat.submit("/nick alicia");
        assertEquals("nick alicia", link.last());
        chat.submit("/msg bob hi there");
        assertEquals("dm bob hi there id1", link.last());
        chat.submit("@carol psst");
        assertEquals("dm carol psst id2", link.last());
        chat.select(lobby());
        chat.submit("/leave");
        assertEquals("leave lobby", link.last());
        int before = link.sent.size();
        assertEquals(SubmitResult.NOT_UNDERSTOOD, chat.submit("/frobnicate now"), "cleared, kept in history");
        assertEquals(before, link.sent.size(), "nothing sent");
        assertTrue(lastSystemText(lobby()).contains("/frobnicate"), lastSystemText(lobby()));
        chat.submit("/help");
        assertTrue(lastSystemText(lobby()).length() > 0);
        chat.submit("/quit");
        assertEquals("bye", link.last());
    }

    @Test
    void unreadIsCountedWhileNoConversationIsSelected() {
        chat.select(null);
        feed(received(message(1, "bob", "hi", null)));
        assertEquals(1, lobby().unreadProperty().get());
    }

    @Test
    void twentyThousandMessagesInTenBatchesArriveInOrderExactlyOnce() {
        int perBatch = 2_000;
        for (int b = 0; b < 10; b++) {
            List<ClientEvent> batch = new ArrayList<>(perBatch);
            for (int i = 0; i < perBatch; i++) {
                long seq = (long) b * perBatch + i + 1;
                batch.add(received(message(seq, "bob", "m" + seq, null)));
            }
            router.route(batch);
        }
        List<ChatLine.MessageLine> messages = messages(lobby());
        assertEquals(20_000, messages.size());
        for (int i = 0; i < messages.size(); i++) {
            assertEquals(i + 1L, messages.get(i).seq());
        }
    }

    @Test
    void throughTheHandOffOnASameThreadExecutorEventsLandAtOnceAndInOrder() {
        var handOff = new dev.hearth.client.handoff.FxHandOff<ClientEvent>(Runnable::run, router::route);
        for (int i = 1; i <= 5; i++) {
            handOff.offer(received(message(i, "bob", "via hand-off " + i, null)));
        }
        assertEquals(List.of("via hand-off 1", "via hand-off 2", "via hand-off 3", "via hand-off 4", "via hand-off 5"),
                messages(lobby()).stream().map(ChatLine.MessageLine::text).toList());
    }

    // ---- helpers

    private void feed(ClientEvent... events) {
        router.route(List.of(events));
    }

    private static ClientEvent received(dev.hearth.protocol.Envelope envelope) {
        return new ClientEvent.Received(envelope);
    }

    private Message message(long seq, String from, String text, String id) {
        return new Message("lobby", seq, clock.instant(), from, text, id);
    }

    private static Presence presence(String nick, String event, String from) {
        return new Presence("lobby", nick, event, from, T0);
    }

    private Conversation lobby() {
        return conversation("lobby");
    }

    private Conversation conversation(String name) {
        return chat.conversations().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ChatLine.MessageLine> messages(Conversation conversation) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.MessageLine)
                .map(l -> (ChatLine.MessageLine) l).toList();
    }

    private static ChatLine.MessageLine lastMessage(Conversation conversation) {
        return messages(conversation).getLast();
    }

    private static List<String> texts(Conversation conversation) {
        return conversation.lines().stream().<String>mapMulti((line, out) -> {
            if (line instanceof ChatLine.MessageLine m) {
                out.accept(m.text());
            } else if (line instanceof ChatLine.SystemLine sys) {
                out.accept(sys.text());
            }
        }).toList();
    }

    private static String lastSystemText(Conversation conversation) {
        return conversation.lines().stream().filter(l -> l instanceof ChatLine.SystemLine)
                .map(l -> ((ChatLine.SystemLine) l).text()).reduce((a, b) -> b).orElse("");
    }

    private static int indexOfText(Conversation conversation, String text) {
        List<ChatLine> lines = conversation.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof ChatLine.MessageLine m && m.text().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
