package dev.hearth.client.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversations kept on this computer, in one SQLite file. Not thread-safe: the
 * {@link HistoryThread} is its only caller. Every change is one transaction, so a crash keeps
 * either all of it or none. A copy of a message already stored (a room's backlog after a
 * restart, a replay after a resumption) updates it instead of adding a second one: matched by
 * {@code mid}, or from a relay without mids by room, {@code seq} and time. The fetched files its
 * messages carry are kept beside it ({@link FileLedger}); forgetting or deleting the last message
 * that carries one deletes it.
 */
public final class HistoryStore implements AutoCloseable {

    private static final String COLUMNS = "m.id, m.mid, m.seq, m.ts, m.sender, m.text, m.own, m.reply, m.edited, m.deleted, m.reactions, "
            + "m.file_blob, m.file_name, m.file_mime, m.file_size, m.file_sha256, m.file_thumb";
    /** How many {@link #COLUMNS} there are: a search's conversation columns come after them. */
    private static final int COLUMN_COUNT = 17;

    private static final String BY_MID = "SELECT " + COLUMNS + " FROM message m WHERE m.conversation = ? AND m.mid = ?";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM message m WHERE m.id = ?";
    // Only the row's id: most messages a burst brings are new, and the driver reads every column's
    // name at each run of a query (a sixth of the history thread's CPU with all of them).
    private static final String ID_BY_MID = "SELECT id FROM message WHERE conversation = ? AND mid = ?";
    private static final String ID_BY_SEQ_AND_TIME = "SELECT id FROM message WHERE conversation = ? AND seq = ? AND ts = ?";

    private final Connection db;
    private final PreparedStatements statements;
    private final Map<ConversationRef, Long> ids = new HashMap<>();
    private final FileLedger files;

    /** @param filesFolder where the fetched files its messages carry are kept */
    HistoryStore(Connection db, Path filesFolder) {
        this.db = db;
        this.statements = new PreparedStatements(db);
        this.files = new FileLedger(this, filesFolder);
    }

    /** The fetched files kept with this history. */
    FileLedger files() {
        return files;
    }

    // ---- writing

    /**
     * Keeps {@code message} in {@code where}, or brings the stored copy up to date with it. A
     * deletion sticks; a copy carries a newer text only when it was edited later than the stored
     * one; reactions from a copy that has some replace the stored ones (a copy without any may be
     * a replay of the message as first sent, so it leaves them).
     *
     * @return whether the message was new here
     */
    public boolean record(ConversationRef where, StoredMessage message) throws SQLException {
        return inTransaction(() -> keep(conversationId(where), message));
    }

    private boolean keep(long conversation, StoredMessage message) throws SQLException {
        StoredLine stored = find(conversation, message);
        if (stored == null) {
            insert(conversation, message);
            return true;
        }
        StoredMessage merged = merge(stored.message(), message);
        if (!merged.equals(stored.message())) {
            update(stored.id(), stored.message(), merged);
        }
        return false;
    }

    /** The stored message as {@code copy} says it is now; a copy's file names the relay's latest blob for it. */
    private static StoredMessage merge(StoredMessage stored, StoredMessage copy) {
        if (stored.deleted() || copy.deleted()) {
            return withState(stored, null, null, true, Map.of());
        }
        boolean newerText = copy.edited() != null && (stored.edited() == null || !copy.edited().isBefore(stored.edited()));
        return withState(stored, newerText ? copy.text() : stored.text(), newerText ? copy.edited() : stored.edited(),
                false, copy.reactions().isEmpty() ? stored.reactions() : copy.reactions())
                .withFile(copy.file() != null ? copy.file() : stored.file());
    }

    private static StoredMessage withState(StoredMessage m, String text, Instant edited, boolean deleted,
                                           Map<String, List<String>> reactions) {
        return new StoredMessage(m.mid(), m.seq(), m.ts(), m.from(), text, m.own(), m.reply(), edited, deleted, reactions,
                m.file());
    }

    /** The author changed the text of {@code mid} at {@code at}; an older edit arriving late changes nothing. */
    public void edit(ConversationRef where, String mid, String text, Instant at) throws SQLException {
        change(where, mid, m -> m.edited() != null && m.edited().isAfter(at) ? m : withState(m, text, at, false, m.reactions()));
    }

    /** The author deleted {@code mid}: its text, reactions and file are gone from this computer too. */
    public void delete(ConversationRef where, String mid) throws SQLException {
        change(where, mid, m -> withState(m, null, null, true, Map.of()));
    }

    /** {@code nick} turned {@code emoji} on or off under {@code mid}. */
    public void react(ConversationRef where, String mid, String emoji, String nick, boolean on) throws SQLException {
        change(where, mid, m -> withState(m, m.text(), m.edited(), false,
                ReactionMaps.toggle(m.reactions(), emoji, nick, on)));
    }

    private void change(ConversationRef where, String mid, java.util.function.UnaryOperator<StoredMessage> how) throws SQLException {
        inTransaction(() -> {
            StoredLine stored = byMid(where, mid);
            if (stored != null && !stored.message().deleted()) {
                StoredMessage changed = how.apply(stored.message());
                if (!changed.equals(stored.message())) {
                    update(stored.id(), stored.message(), changed);
                }
            }
            return null;
        });
    }

    // ---- forgetting

    /** Removes one conversation and everything in it, with the kept files no other conversation carries. */
    public void forget(ConversationRef where) throws SQLException {
        Long id = existingConversationId(where);
        if (id != null) {
            forgetWhere("id = ?", s -> s.setLong(1, id));
        }
    }

    /** Removes every conversation had on {@code relay}, under any nick. */
    public void forgetRelay(String relay) throws SQLException {
        forgetWhere("relay = ?", s -> s.setString(1, relay));
    }

    private void forgetWhere(String condition, Binder binder) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM conversation WHERE " + condition)) {
                binder.bind(s);
                s.executeUpdate();
            }
            files.letGoUnreferenced();
            return null;
        });
        ids.clear();
        try (Statement s = db.createStatement()) {
            // The search index only marks deleted rows; merging its segments drops their fragments.
            s.execute("INSERT INTO message_search (message_search) VALUES ('optimize')");
            // secure_delete overwrote the freed pages; this empties the write-ahead log that still held them.
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    // ---- reading

    /** The conversations had on {@code relay} as {@code me}, the most recent first. */
    public List<StoredConversation> conversations(String relay, String me) throws SQLException {
        String sql = """
                SELECT c.kind, c.name, (SELECT max(ts) FROM message WHERE conversation = c.id) AS last
                FROM conversation c WHERE c.relay = ? AND c.me_key = ? ORDER BY last IS NULL, last DESC, c.id""";
        ConversationRef probe = ConversationRef.room(relay, me, "x");
        List<StoredConversation> found = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, relay);
            s.setString(2, probe.meKey());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ConversationRef ref = new ConversationRef(relay, me, ConversationRef.Kind.valueOf(rs.getString(1)), rs.getString(2));
                    long last = rs.getLong(3);
                    found.add(new StoredConversation(ref, rs.wasNull() ? null : Instant.ofEpochMilli(last)));
                }
            }
        }
        return found;
    }

    /** The newest {@code count} messages of {@code where}. */
    public Page latest(ConversationRef where, int count) throws SQLException {
        return pageBefore(where, Long.MAX_VALUE, Long.MAX_VALUE, count);
    }

    /** The {@code count} messages before the one stored as {@code id}. */
    public Page before(ConversationRef where, long id, int count) throws SQLException {
        Long ts = timeOf(id);
        return ts == null ? new Page(List.of(), false) : pageBefore(where, ts, id, count);
    }

    /** The message stored as {@code id} with up to {@code count} messages on either side: a search hit in context. */
    public Page around(ConversationRef where, long id, int count) throws SQLException {
        Long ts = timeOf(id);
        Long conversation = existingConversationId(where);
        if (ts == null || conversation == null) {
            return new Page(List.of(), false);
        }
        Page before = pageBefore(where, ts, id, count);
        List<StoredLine> lines = new ArrayList<>(before.lines());
        String sql = "SELECT " + COLUMNS + " FROM message m WHERE m.conversation = ? AND (m.ts, m.id) >= (?, ?) ORDER BY m.ts, m.id LIMIT ?";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, conversation);
            s.setLong(2, ts);
            s.setLong(3, id);
            s.setInt(4, count + 1);
            lines.addAll(readLines(s));
        }
        return new Page(lines, before.olderLeft());
    }

    /** The stored message {@code mid} of {@code where}, or null. */
    public StoredLine byMid(ConversationRef where, String mid) throws SQLException {
        Long conversation = existingConversationId(where);
        if (conversation == null || mid == null) {
            return null;
        }
        PreparedStatement s = statements.of(BY_MID);
        s.setLong(1, conversation);
        s.setString(2, mid);
        List<StoredLine> found = readLines(s);
        return found.isEmpty() ? null : found.getFirst();
    }

    /**
     * The newest messages containing every term of {@code query} (see {@link SearchPlan}), in
     * {@code within} or, when it is null, in everything stored; newest first.
     */
    public List<SearchHit> search(String query, ConversationRef within, int limit) throws SQLException {
        return search(query, within, null, null, limit);
    }

    /** As {@link #search(String, ConversationRef, int)}, over every conversation had on {@code relay} as {@code me}. */
    public List<SearchHit> search(String query, String relay, String me, int limit) throws SQLException {
        return search(query, null, relay, ConversationRef.room(relay, me, "x").meKey(), limit);
    }

    private List<SearchHit> search(String query, ConversationRef within, String relay, String meKey, int limit) throws SQLException {
        SearchPlan plan = SearchPlan.of(query);
        if (plan.empty()) {
            return List.of();
        }
        Long conversation = within == null ? null : existingConversationId(within);
        if (within != null && conversation == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", c.relay, c.me, c.kind, c.name FROM ");
        sql.append(plan.indexed() != null
                ? "message_search f JOIN message m ON m.id = f.rowid JOIN conversation c ON c.id = m.conversation WHERE message_search MATCH ?"
                : "message m JOIN conversation c ON c.id = m.conversation WHERE m.deleted = 0");
        plan.short_().forEach(term -> sql.append(" AND instr(m.folded, ?) > 0"));
        if (conversation != null) {
            sql.append(" AND m.conversation = ?");
        }
        if (relay != null) {
            sql.append(" AND c.relay = ? AND c.me_key = ?");
        }
        sql.append(" ORDER BY m.ts DESC, m.id DESC LIMIT ?");
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql.toString())) {
            int i = 1;
            if (plan.indexed() != null) {
                s.setString(i++, plan.indexed());
            }
            for (String term : plan.short_()) {
                s.setString(i++, term);
            }
            if (conversation != null) {
                s.setLong(i++, conversation);
            }
            if (relay != null) {
                s.setString(i++, relay);
                s.setString(i++, meKey);
            }
            s.setInt(i, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ConversationRef ref = new ConversationRef(rs.getString(COLUMN_COUNT + 1), rs.getString(COLUMN_COUNT + 2),
                            ConversationRef.Kind.valueOf(rs.getString(COLUMN_COUNT + 3)), rs.getString(COLUMN_COUNT + 4));
                    hits.add(new SearchHit(ref, readLine(rs)));
                }
            }
        }
        return hits;
    }

    @Override
    public void close() throws SQLException {
        try (db) {
            statements.close();
        }
    }

    // ---- rows

    private Page pageBefore(ConversationRef where, long ts, long id, int count) throws SQLException {
        Long conversation = existingConversationId(where);
        if (conversation == null) {
            return new Page(List.of(), false);
        }
        String sql = "SELECT " + COLUMNS + " FROM message m WHERE m.conversation = ? AND (m.ts, m.id) < (?, ?) ORDER BY m.ts DESC, m.id DESC LIMIT ?";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, conversation);
            s.setLong(2, ts);
            s.setLong(3, id);
            s.setInt(4, count + 1); // one more than asked says whether anything older is left
            List<StoredLine> newestFirst = readLines(s);
            boolean olderLeft = newestFirst.size() > count;
            List<StoredLine> lines = new ArrayList<>(newestFirst.subList(0, Math.min(count, newestFirst.size())));
            java.util.Collections.reverse(lines);
            return new Page(lines, olderLeft);
        }
    }

    private Long timeOf(long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT ts FROM message WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private StoredLine find(long conversation, StoredMessage message) throws SQLException {
        PreparedStatement s;
        if (message.mid() != null) {
            s = statements.of(ID_BY_MID);
            s.setLong(1, conversation);
            s.setString(2, message.mid());
        } else if (message.seq() != null) {
            // Without mids a room's seq and time say which message it is: a room made anew numbers from 1 again, later.
            s = statements.of(ID_BY_SEQ_AND_TIME);
            s.setLong(1, conversation);
            s.setLong(2, message.seq());
            s.setLong(3, message.ts().toEpochMilli());
        } else {
            return null;
        }
        long id;
        try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            id = rs.getLong(1);
        }
        PreparedStatement row = statements.of(BY_ID);
        row.setLong(1, id);
        return readLines(row).getFirst();
    }

    private void insert(long conversation, StoredMessage m) throws SQLException {
        String sql = """
                INSERT INTO message (conversation, mid, seq, ts, sender, text, folded, own, reply, edited, deleted, reactions,
                  file_blob, file_name, file_mime, file_size, file_sha256, file_thumb)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        PreparedStatement s = statements.of(sql);
        s.setLong(1, conversation);
        s.setString(2, m.mid());
        setLong(s, 3, m.seq());
        s.setLong(4, m.ts().toEpochMilli());
        s.setString(5, m.from());
        s.setString(6, m.text());
        String folded = m.text() == null ? null : TextFold.fold(m.text());
        s.setString(7, folded);
        s.setInt(8, m.own() ? 1 : 0);
        s.setString(9, m.reply());
        setLong(s, 10, m.edited() == null ? null : m.edited().toEpochMilli());
        s.setInt(11, m.deleted() ? 1 : 0);
        s.setString(12, ReactionsColumn.write(m.reactions()));
        setFile(s, 13, m.file());
        s.executeUpdate();
        // The row's search entry, in the same transaction (HistorySchema, layout 3).
        PreparedStatement index = statements.of("INSERT INTO message_search (rowid, folded) VALUES (last_insert_rowid(), ?)");
        index.setString(1, folded);
        index.executeUpdate();
    }

    /** Writes {@code m} over the row {@code id} held as {@code before}; a file it no longer carries may go. */
    private void update(long id, StoredMessage before, StoredMessage m) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                UPDATE message SET text = ?, folded = ?, edited = ?, deleted = ?, reactions = ?,
                  file_blob = ?, file_name = ?, file_mime = ?, file_size = ?, file_sha256 = ?, file_thumb = ? WHERE id = ?""")) {
            s.setString(1, m.text());
            s.setString(2, m.text() == null ? null : TextFold.fold(m.text()));
            setLong(s, 3, m.edited() == null ? null : m.edited().toEpochMilli());
            s.setInt(4, m.deleted() ? 1 : 0);
            s.setString(5, ReactionsColumn.write(m.reactions()));
            setFile(s, 6, m.file());
            s.setLong(12, id);
            s.executeUpdate();
        }
        if (before.file() != null && (m.file() == null || !m.file().sha256().equals(before.file().sha256()))) {
            files.letGoIfUnreferenced(before.file().sha256());
        }
    }

    /** The six file columns from {@code first} on: the thumbnail as its bytes, not its base64. */
    private static void setFile(PreparedStatement s, int first, StoredFile file) throws SQLException {
        s.setString(first, file == null ? null : file.blob());
        s.setString(first + 1, file == null ? null : file.name());
        s.setString(first + 2, file == null ? null : file.mime());
        setLong(s, first + 3, file == null ? null : file.size());
        s.setString(first + 4, file == null ? null : file.sha256());
        s.setBytes(first + 5, file == null || file.thumb() == null ? null : thumbBytes(file.thumb()));
    }

    private static byte[] thumbBytes(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return null; // the relay checks thumbnails; one it let through broken is simply not kept
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    private static List<StoredLine> readLines(PreparedStatement s) throws SQLException {
        List<StoredLine> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lines.add(readLine(rs));
            }
        }
        return lines;
    }

    private static StoredLine readLine(ResultSet rs) throws SQLException {
        long seq = rs.getLong(3);
        Long seqOrNull = rs.wasNull() ? null : seq;
        long edited = rs.getLong(9);
        Instant editedOrNull = rs.wasNull() ? null : Instant.ofEpochMilli(edited);
        boolean deleted = rs.getInt(10) != 0;
        StoredMessage m = new StoredMessage(rs.getString(2), seqOrNull, Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                deleted ? null : rs.getString(6), rs.getInt(7) != 0, rs.getString(8), editedOrNull, deleted,
                ReactionsColumn.read(rs.getString(11)), deleted ? null : readFile(rs));
        return new StoredLine(rs.getLong(1), m);
    }

    private static StoredFile readFile(ResultSet rs) throws SQLException {
        String sha256 = rs.getString(16);
        if (sha256 == null) {
            return null;
        }
        byte[] thumb = rs.getBytes(17);
        return new StoredFile(rs.getString(12), rs.getString(13), rs.getString(14), rs.getLong(15), sha256,
                thumb == null ? null : Base64.getEncoder().encodeToString(thumb));
    }

    // ---- conversations

    private long conversationId(ConversationRef ref) throws SQLException {
        Long known = existingConversationId(ref);
        if (known != null) {
            return known;
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO conversation (relay, me, me_key, kind, name, name_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, ref.relay());
            s.setString(2, ref.me());
            s.setString(3, ref.meKey());
            s.setString(4, ref.kind().name());
            s.setString(5, ref.name());
            s.setString(6, ref.nameKey());
            s.executeUpdate();
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            long id = rs.getLong(1);
            ids.put(ref, id);
            return id;
        }
    }

    private Long existingConversationId(ConversationRef ref) throws SQLException {
        Long cached = ids.get(ref);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id FROM conversation WHERE relay = ? AND me_key = ? AND kind = ? AND name_key = ?")) {
            s.setString(1, ref.relay());
            s.setString(2, ref.meKey());
            s.setString(3, ref.kind().name());
            s.setString(4, ref.nameKey());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long id = rs.getLong(1);
                ids.put(ref, id);
                return id;
            }
        }
    }

    // ---- transactions

    interface Work<T> {
        T run() throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    /**
     * Runs {@code works} as one transaction: a burst of a thousand messages is one commit, not a
     * thousand. A failure keeps none of them.
     */
    public void together(List<HistoryThread.Work> works) throws SQLException {
        inTransaction(() -> {
            for (HistoryThread.Work work : works) {
                work.on(this);
            }
            return null;
        });
    }

    /**
     * A transaction, or, inside one already open ({@link #together}), a part of it. Once it
     * commits, the kept files follow it; rolled back, they stay as they were.
     */
    <T> T inTransaction(Work<T> work) throws SQLException {
        if (!db.getAutoCommit()) {
            return work.run();
        }
        db.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            ids.clear(); // an insert rolled back may have left an id that no longer exists
            files.rolledBack();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        files.committed();
        return result;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return db.prepareStatement(sql);
    }

    Statement statement() throws SQLException {
        return db.createStatement();
    }
}
