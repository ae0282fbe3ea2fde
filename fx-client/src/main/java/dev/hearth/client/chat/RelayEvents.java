package dev.hearth.client.chat;

import dev.hearth.client.net.ClientEvent;
import dev.hearth.protocol.Envelope;
import java.time.Clock;

/**
 * What the network's events do to the chat state, in the order the {@link ClientEventRouter}
 * hands them over (a batch at a time, ending with {@link #batchDone}). FX thread only.
 */
final class RelayEvents {
    private final ChatState state;
    private final IncomingEnvelopes incoming;
    private final ChatText text;
    private final DirectPresence directPresence;
    private final UnreadCount unread;
    private final Clock clock;
    private boolean everLoggedIn;

    RelayEvents(ChatState state, IncomingEnvelopes incoming, ChatText text, DirectPresence directPresence,
            UnreadCount unread, Clock clock) {
        this.state = state;
        this.incoming = incoming;
        this.text = text;
        this.directPresence = directPresence;
        this.unread = unread;
        this.clock = clock;
    }

    void statusChanged(ClientEvent.StatusChanged changed) {
        state.relay().changed(changed);
    }

    void received(Envelope envelope) {
        incoming.handle(envelope);
    }

    void problem(ClientEvent.Problem problem) {
        state.info(null, text.format("problem", text.problem(problem)));
    }

    /** The end of a batch: the conversations it touched show their new lines at once. */
    void batchDone() {
        state.flushTouched();
        unread.recount(state.conversations());
    }

    void loggedIn(ClientEvent.LoggedIn in) {
        state.setOwnNick(in.welcome().nick());
        state.relay().loggedIn(in.welcome(), in.fingerprint());
        if (!everLoggedIn && in.welcome().motd() != null && !in.welcome().motd().isBlank()) {
            state.info(null, text.format("motd", in.welcome().motd()));
        } else if (everLoggedIn && !in.resumed()) {
            state.conversations().forEach(c -> state.info(c, text.format("session.restored")));
        }
        everLoggedIn = true;
        if (state.conversations().stream().anyMatch(c -> c.kind() == ConversationKind.DIRECT)) {
            directPresence.ask(clock.instant());
        }
    }
}
