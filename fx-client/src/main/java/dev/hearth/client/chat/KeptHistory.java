package dev.hearth.client.chat;

import dev.hearth.client.history.ConversationRef;
import dev.hearth.client.history.HistoryThread;
import dev.hearth.client.history.Page;
import dev.hearth.client.history.SearchHit;
import dev.hearth.client.history.StoredConversation;
import dev.hearth.client.history.StoredFile;
import dev.hearth.client.history.StoredLine;
import dev.hearth.client.history.StoredMessage;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The chat's copy on this computer: every message the relay sends, and what happens to it, goes
 * to the {@link HistoryThread} under this relay and the nick this session logged in with (a
 * {@code /nick} later does not split a session's conversations), one transaction per batch of the
 * relay's events. Every read and forget first sends what is pending, so it sees it. FX thread; the
 * store's work runs on its own thread and its answers come back through {@code fxThread}.
 */
public final class KeptHistory implements ChatRecord {

    /** How many messages of each conversation are shown on start; older ones page in on scrolling up. */
    static final int PAGE = 100;

    private final HistoryThread store;
    private final String relay;
    private final String me;
    private final Executor fxThread;
    private final List<HistoryThread.Work> pending = new ArrayList<>(); // this batch's changes, kept at its end

    public KeptHistory(HistoryThread store, String relay, String me, Executor fxThread) {
        this.store = store;
        this.relay = relay;
        this.me = me;
        this.fxThread = fxThread;
    }

    private ConversationRef ref(Conversation c) {
        return new ConversationRef(relay, me, c.kind() == ConversationKind.ROOM ? ConversationRef.Kind.ROOM
                : ConversationRef.Kind.DIRECT, c.name());
    }

    @Override
    public void message(Conversation where, ChatLine.MessageLine line) {
        ConversationRef ref = ref(where);
        StoredMessage stored = new StoredMessage(line.mid(), line.seq(), line.ts(), line.from(),
                line.deleted() ? null : line.text(), line.own(), line.reply(), line.changes().edited(), line.deleted(),
                line.changes().reactions(), stored(line.file()));
        pending.add(s -> s.record(ref, stored));
    }

    /** What a line's file is kept as: all its offer said, the thumbnail too; nothing for a file without its hash. */
    private static StoredFile stored(ChatLine.Attachment file) {
        return file == null || file.sha256() == null ? null
                : new StoredFile(file.blob(), file.name(), file.mime(), file.size(), file.sha256(), file.thumb());
    }

    @Override
    public void edited(Conversation where, String mid, String text, Instant at) {
        ConversationRef ref = ref(where);
        pending.add(s -> s.edit(ref, mid, text, at));
    }

    @Override
    public void deleted(Conversation where, String mid) {
        ConversationRef ref = ref(where);
        pending.add(s -> s.delete(ref, mid));
    }

    @Override
    public void reaction(Conversation where, String mid, String emoji, String nick, boolean on) {
        ConversationRef ref = ref(where);
        pending.add(s -> s.react(ref, mid, emoji, nick, on));
    }

    @Override
    public void batchDone() {
        store.writeAll(pending);
        pending.clear();
    }

    /** False once the user turned history off during this session: nothing is kept or found any more. */
    boolean keeping() {
        return store.isOpen();
    }

    /** Deletes what this computer kept of {@code conversation}, the files only it showed included. */
    void forget(Conversation conversation) {
        batchDone();
        ConversationRef ref = ref(conversation);
        store.write(s -> s.forget(ref));
    }

    /** Deletes everything this computer kept of this relay, under every nick. */
    void forgetRelay() {
        batchDone();
        store.write(s -> s.forgetRelay(relay));
    }

    /** A conversation kept from before, with its newest page. */
    record Kept(ConversationRef ref, Page newest) {}

    /** What was kept for this relay and nick, newest conversation first: read once, before connecting. */
    List<Kept> kept() throws SQLException {
        batchDone();
        return store.askNow(s -> {
            List<Kept> all = new ArrayList<>();
            for (StoredConversation c : s.conversations(relay, me)) {
                all.add(new Kept(c.ref(), s.latest(c.ref(), PAGE)));
            }
            return all;
        });
    }

    /** The page before what {@code conversation} shows from the store (the newest page when it shows nothing from it), handed to {@code then} on the FX thread. */
    void older(Conversation conversation, Consumer<Page> then) {
        batchDone();
        ConversationRef ref = ref(conversation);
        long before = conversation.oldestStored();
        store.read(s -> before == 0 ? s.latest(ref, PAGE) : s.before(ref, before, PAGE), fxThread, then);
    }

    /** The stored message {@code mid} of {@code conversation}, or null, handed to {@code then} on the FX thread. */
    void original(Conversation conversation, String mid, Consumer<StoredLine> then) {
        batchDone();
        ConversationRef ref = ref(conversation);
        store.read(s -> s.byMid(ref, mid), fxThread, then);
    }

    /** The newest hits of {@code query} in {@code conversation}, or in everything kept for this relay and nick when it is null. */
    void search(Conversation conversation, String query, int limit, Consumer<List<SearchHit>> then) {
        batchDone();
        ConversationRef ref = conversation == null ? null : ref(conversation);
        store.read(s -> ref == null ? s.search(query, relay, me, limit) : s.search(query, ref, limit), fxThread, then);
    }

    /** A stored message as a line of the conversation, with its file (fetched again, or found kept, when shown). */
    static ChatLine.MessageLine line(StoredLine stored, String deletedWords) {
        StoredMessage m = stored.message();
        ChatLine.Changes changes = ChatLine.Changes.of(m.edited(), m.deleted(), m.reactions());
        StoredFile f = m.file();
        ChatLine.Attachment file = f == null ? null
                : new ChatLine.Attachment(f.blob(), f.name(), f.mime(), f.size(), f.sha256(), f.thumb());
        return new ChatLine.MessageLine(m.ts(), m.from(), m.deleted() ? deletedWords : m.text(), m.own() && !m.deleted(),
                Delivery.CONFIRMED, null, null, m.seq(), false, m.mid(), m.reply(), changes, file);
    }
}
