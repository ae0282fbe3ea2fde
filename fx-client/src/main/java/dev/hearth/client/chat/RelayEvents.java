package dev.hearth.client.chat;

import dev.hearth.client.files.FileKeeping;
import dev.hearth.client.net.ClientEvent;
import dev.hearth.client.net.RelayLink;
import dev.hearth.protocol.Dm;
import dev.hearth.protocol.Envelope;
import dev.hearth.protocol.Message;
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
    private final FileTransfers transfers = new FileTransfers();
    private final FileSending fileSending;
    private final MessageFiles files;
    private boolean everLoggedIn;

    RelayEvents(ChatState state, IncomingEnvelopes incoming, ChatText text, DirectPresence directPresence,
            UnreadCount unread, Clock clock, FileSending fileSending, RelayLink link, FileKeeping keeping) {
        this.state = state;
        this.fileSending = fileSending;
        this.files = new MessageFiles(link, transfers, keeping, text, words -> state.info(state.selected(), words));
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
        switch (envelope) {
            case Message message when message.file() != null && ours(message.from(), message.id()) ->
                    delivered(message.id());
            case Dm dm when dm.file() != null && ours(dm.from(), dm.id()) -> delivered(dm.id());
            default -> { }
        }
        incoming.handle(envelope);
    }

    private void delivered(String id) {
        transfers.delivered(id);
        fileSending.delivered(id);
    }

    /** A request id is only ours on our own lines: other clients number theirs alike. */
    private boolean ours(String from, String id) {
        return id != null && state.ownNick().equals(from);
    }

    /** How the window's file transfers get on. */
    FileTransfers transfers() {
        return transfers;
    }

    /** The files of the window's messages. */
    MessageFiles files() {
        return files;
    }

    void transfer(ClientEvent event) {
        switch (event) {
            case ClientEvent.UploadProgress progress -> transfers.uploadProgress(progress);
            case ClientEvent.UploadFailed failed -> {
                transfers.uploadFailed(failed);
                String reason = ClientEvent.UploadFailed.UNREADABLE.equals(failed.code())
                        ? text.format("file.unreadable") : text.error(failed.code(), failed.detail());
                for (Conversation conversation : state.conversations()) {
                    if (conversation.failUnsent(failed.id(), reason)) {
                        break;
                    }
                }
            }
            case ClientEvent.FetchProgress progress -> transfers.fetchProgress(progress);
            case ClientEvent.FetchDone done -> files.fetchDone(done);
            case ClientEvent.FetchFailed failed -> files.fetchFailed(failed);
            default -> throw new IllegalArgumentException("not a transfer: " + event.getClass().getSimpleName());
        }
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
