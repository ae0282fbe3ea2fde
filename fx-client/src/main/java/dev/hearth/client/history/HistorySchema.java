package dev.hearth.client.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history file's tables. {@code user_version} says which layout a file has; a file from a
 * newer Hearth is left untouched rather than changed by an older one. Each layout is reached from
 * the one before by a step of its own, so a file written by any earlier Hearth is brought up to
 * date where it is (in one transaction), and a new file takes every step.
 */
final class HistorySchema {

    static final int VERSION = 3;

    /** Layout 1: conversations, messages and their search index. */
    private static final String[] MESSAGES = {
        """
        CREATE TABLE conversation (
          id INTEGER PRIMARY KEY,
          relay TEXT NOT NULL,
          me TEXT NOT NULL,
          me_key TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('ROOM', 'DIRECT')),
          name TEXT NOT NULL,
          name_key TEXT NOT NULL,
          UNIQUE (relay, me_key, kind, name_key))""",
        """
        CREATE TABLE message (
          id INTEGER PRIMARY KEY,
          conversation INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
          mid TEXT,
          seq INTEGER,
          ts INTEGER NOT NULL,
          sender TEXT NOT NULL,
          text TEXT,
          folded TEXT,
          own INTEGER NOT NULL,
          reply TEXT,
          edited INTEGER,
          deleted INTEGER NOT NULL DEFAULT 0,
          reactions TEXT)""",
        "CREATE UNIQUE INDEX message_mid ON message (conversation, mid) WHERE mid IS NOT NULL",
        "CREATE INDEX message_seq ON message (conversation, seq) WHERE seq IS NOT NULL",
        "CREATE INDEX message_order ON message (conversation, ts, id)",
        "CREATE INDEX message_time ON message (ts, id)",
        // The index holds only the folded text; the rows stay in `message` (an external content table).
        "CREATE VIRTUAL TABLE message_search USING fts5 (folded, content = 'message', content_rowid = 'id', tokenize = 'trigram')",
        """
        CREATE TRIGGER message_indexed AFTER INSERT ON message BEGIN
          INSERT INTO message_search (rowid, folded) VALUES (new.id, new.folded);
        END""",
        """
        CREATE TRIGGER message_unindexed AFTER DELETE ON message BEGIN
          INSERT INTO message_search (message_search, rowid, folded) VALUES ('delete', old.id, old.folded);
        END""",
        """
        CREATE TRIGGER message_reindexed AFTER UPDATE OF folded ON message BEGIN
          INSERT INTO message_search (message_search, rowid, folded) VALUES ('delete', old.id, old.folded);
          INSERT INTO message_search (rowid, folded) VALUES (new.id, new.folded);
        END""",
    };

    /**
     * Layout 2 (protocol 1.1 files): a message's file, as its offer described it (the thumbnail
     * as bytes), and the ledger of fetched files kept beside the history file, named by their
     * SHA-256, with their size and when each was last used (the least recently used are given
     * up first). Which conversations still hold a file is read from the messages' {@code file_sha256}.
     */
    private static final String[] FILES = {
        "ALTER TABLE message ADD COLUMN file_blob TEXT",
        "ALTER TABLE message ADD COLUMN file_name TEXT",
        "ALTER TABLE message ADD COLUMN file_mime TEXT",
        "ALTER TABLE message ADD COLUMN file_size INTEGER",
        "ALTER TABLE message ADD COLUMN file_sha256 TEXT",
        "ALTER TABLE message ADD COLUMN file_thumb BLOB",
        "CREATE INDEX message_file ON message (file_sha256) WHERE file_sha256 IS NOT NULL",
        """
        CREATE TABLE kept_file (
          sha256 TEXT PRIMARY KEY,
          size INTEGER NOT NULL,
          used INTEGER NOT NULL)""",
        "CREATE INDEX kept_file_used ON kept_file (used, sha256)",
    };

    /**
     * Layout 3: a new message is indexed by the store's own statement beside its insert, in the
     * same transaction, instead of by a trigger. A trigger's insert into the index runs inside a
     * statement savepoint, and there FTS5 costs five times as much as a plain insert of the same
     * entry (an explicit savepoint around the plain insert costs the same as the trigger): most
     * of the history thread's time in a burst (docs/performance.md). Changes and deletions are
     * rare and keep their triggers.
     */
    private static final String[] INDEXED_BY_STORE = {
        "DROP TRIGGER message_indexed",
    };

    /** {@code STEPS.get(v)} takes a file from layout {@code v} to {@code v + 1}; layout 0 is an empty file. */
    private static final List<String[]> STEPS = List.of(MESSAGES, FILES, INDEXED_BY_STORE);

    private HistorySchema() {}

    /** Creates the tables in a new file, brings an older file up to date, and checks a newer one is not changed. */
    static void prepare(Connection db) throws SQLException, TooNewException {
        int version;
        try (Statement s = db.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version > VERSION) {
            throw new TooNewException(version);
        }
        if (version == VERSION) {
            return;
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (int step = version; step < VERSION; step++) {
                for (String statement : STEPS.get(step)) {
                    s.execute(statement);
                }
            }
            s.execute("PRAGMA user_version = " + VERSION);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The file was written by a newer Hearth. */
    static final class TooNewException extends Exception {
        TooNewException(int version) {
            super("history file has layout " + version + "; this Hearth knows up to " + VERSION);
        }
    }
}
