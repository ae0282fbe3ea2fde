package dev.hearth.client.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements a history runs for every message, each prepared once per connection and kept:
 * preparing them anew for each message was a third of the history thread's CPU in a burst
 * (docs/performance.md, "Desktop client: a burst of 20,000 messages"). Used by its store's one
 * thread, as the connection is; a statement's result set is closed before it is run again.
 */
final class PreparedStatements implements AutoCloseable {

    private final Connection db;
    private final Map<String, PreparedStatement> bySql = new HashMap<>();

    PreparedStatements(Connection db) {
        this.db = db;
    }

    /** The statement for {@code sql}, its parameters cleared; not to be closed by the caller. */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement kept = bySql.get(sql);
        if (kept != null) {
            kept.clearParameters();
            return kept;
        }
        PreparedStatement prepared = db.prepareStatement(sql);
        bySql.put(sql, prepared);
        return prepared;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : bySql.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        bySql.clear();
        if (first != null) {
            throw first;
        }
    }
}
