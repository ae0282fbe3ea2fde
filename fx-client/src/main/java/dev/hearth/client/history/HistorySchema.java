package dev.hearth.client.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The history file's tables. {@code user_version} says which layout a file has; a file from a
 * newer Hearth is left untouched rather than changed by an older one.
 */
final class HistorySchema {

    static final int VERSION = 1;

    private static final String[] CREATE = {
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

    private HistorySchema() {}

    /** Creates the tables in a new file; checks an existing file is one this version can use. */
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
            for (String statement : CREATE) {
                s.execute(statement);
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
