package dev.hearth.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.testing.MutableClock;
import dev.hearth.protocol.Edited;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Features;
import dev.hearth.protocol.Joined;
import dev.hearth.protocol.Message;
import dev.hearth.protocol.Welcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reply, react, edit and delete from the chat's side: what goes to the relay, and what the box shows. */
class MessageActionsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final List<String> ALL = List.of(Features.MID, Features.REPLY, Features.REACT, Features.EDIT, Features.DELETE);

    private final RecordingLink link = new RecordingLink();
    private final ChatViewModel chat = new ChatViewModel(link, new MutableClock(T0), ZoneId.of("UTC"),
            new ChatText(I18n.bundle(MainView.class.getName(), Locale.ENGLISH)), (title, body) -> { });

    private void logIn(List<String> features, Envelope... then) {
        List<ClientEvent> events = new java.util.ArrayList<>();
        events.add(new ClientEvent.LoggedIn(new Welcome(1, "alice", "tok", "hearth-relay/1.1", null, List.of(), null, null,
                features, null), false, null));
        events.add(new ClientEvent.Received(new Joined("lobby", List.of("alice", "bob"), null)));
        for (Envelope e : then) {
            events.add(new ClientEvent.Received(e));
        }
        new ClientEventRouter(chat, new WindowEvents()).route(events);
    }

    private void receive(Envelope e) {
        new ClientEventRouter(chat, new WindowEvents()).route(List.of(new ClientEvent.Received(e)));
    }

    private static Message msg(String mid, long seq, String from, String text, String id) {
        return new Message("lobby", seq, T0.plusSeconds(seq), from, text, mid, null, null, null, null, id);
    }

    private ChatLine.MessageLine line(String mid) {
        return chat.selectedProperty().get().lines().stream()
                .filter(l -> l instanceof ChatLine.MessageLine m && mid.equals(m.mid()))
                .map(l -> (ChatLine.MessageLine) l).findFirst().orElseThrow();
    }

    @Test
    void aReplyGoesWithTheMidOfTheMessageItAnswersAndTheModeEndsWithIt() {
        logIn(ALL, msg("m1", 1, "bob", "lunch?", null));
        MessageActions actions = chat.messageActions();
        actions.reply(line("m1"));
        assertEquals("m1", actions.replyingToProperty().get().mid());
        assertEquals(SubmitResult.DONE, chat.submit("yes!"));
        assertEquals("say lobby yes! id1 reply m1", link.last());
        assertNull(actions.replyingToProperty().get());
        assertEquals("m1", chat.selectedProperty().get().lines().stream().filter(l -> l instanceof ChatLine.MessageLine m
                && m.unsent()).map(l -> ((ChatLine.MessageLine) l).reply()).findFirst().orElseThrow(), "the pending line shows the quote too");
        chat.submit("and another");
        assertEquals("say lobby and another id2", link.last(), "the next message is not a reply");
    }

    @Test
    void upInAnEmptyBoxEditsOurLastMessageAndEnterSendsTheNewText() {
        logIn(ALL, msg("m1", 1, "alice", "helo", "x1"), msg("m2", 2, "bob", "hi", null));
        chat.draft().typedProperty().set("half a thought");
        MessageActions actions = chat.messageActions();
        assertTrue(actions.editLast(), "bob's newer message is not ours to edit; ours is");
        assertEquals("m1", actions.editingProperty().get().mid());
        assertEquals("helo", chat.draft().typedProperty().get());
        actions.cancel();
        assertEquals("half a thought", chat.draft().typedProperty().get(), "cancel gives back what was typed");

        actions.editLast();
        assertEquals(SubmitResult.DONE, chat.submit("hello"));
        assertEquals("edit m1 hello", link.last());
        assertNull(actions.editingProperty().get());
        receive(new Edited("lobby", "m1", "alice", "hello", T0.plusSeconds(60), null));
        assertEquals("hello", line("m1").text());
        assertEquals(T0.plusSeconds(60), line("m1").changes().edited());
    }

    @Test
    void reactingTogglesOurOwnAndDeletingIsForOurOwnMessages() {
        logIn(ALL, msg("m1", 1, "bob", "news", null), msg("m2", 2, "alice", "oops", "x1"));
        MessageActions actions = chat.messageActions();
        actions.toggleReaction(line("m1"), "👍");
        assertEquals("react m1 👍 true", link.last());
        receive(new dev.hearth.protocol.Reaction("lobby", "m1", "alice", "👍", true, T0, null));
        actions.toggleReaction(line("m1"), "👍");
        assertEquals("react m1 👍 false", link.last());

        assertFalse(actions.canDelete(line("m1")), "not ours");
        assertFalse(actions.canEdit(line("m1")));
        actions.delete(line("m1"));
        assertEquals("react m1 👍 false", link.last(), "nothing sent");
        actions.delete(line("m2"));
        assertEquals("delete m2", link.last());
    }

    @Test
    void aRelayWithoutTheFeaturesOffersNoneOfThem() {
        logIn(null, msg("m1", 1, "alice", "mine", "x1"));
        MessageActions actions = chat.messageActions();
        ChatLine.MessageLine mine = line("m1");
        assertFalse(actions.canReply(mine) || actions.canReact(mine) || actions.canEdit(mine) || actions.canDelete(mine));
        assertFalse(actions.editLast());
        int before = link.sent.size();
        actions.toggleReaction(mine, "👍");
        assertEquals(before, link.sent.size());
    }
}
