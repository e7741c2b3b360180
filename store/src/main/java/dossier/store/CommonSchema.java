package dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables and indexes SQLite and PostgreSQL write the same way (no row ids, no full-text columns), created after
 * {@link SqliteSchema}'s or {@link PostgresSchema}'s own statements by {@link #create}.
 */
final class CommonSchema {
    private CommonSchema() {}

    /** Creates a database's own tables, then these. */
    static void create(Statement s, String[] dialect) throws SQLException {
        for (String sql : dialect) s.execute(sql);
        for (String sql : STATEMENTS) s.execute(sql);
        // Stores written before events were dated by their report: their events keep no such date until re-ingested.
        addColumnIfMissing(s, "event", "reported", "INTEGER NOT NULL DEFAULT 0");
    }

    private static void addColumnIfMissing(Statement s, String table, String column, String type) throws SQLException {
        try (ResultSet rs = s.getConnection().getMetaData().getColumns(null, null, table, column)) {
            if (rs.next()) return;
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }

    static final String[] STATEMENTS = {
        """
        CREATE TABLE IF NOT EXISTS mention (
          article_id TEXT NOT NULL, local_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          text TEXT NOT NULL, kind TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS role (
          article_id TEXT NOT NULL, local_id TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS decision (kind TEXT NOT NULL, alias_a TEXT NOT NULL, alias_b TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS alias_folded ON alias(folded)",
        "CREATE INDEX IF NOT EXISTS local_entity_entity ON local_entity(entity_id, published)",
        "CREATE INDEX IF NOT EXISTS mention_local ON mention(article_id, local_id)",
        "CREATE INDEX IF NOT EXISTS role_local ON role(article_id, local_id)",
        "CREATE INDEX IF NOT EXISTS quote_speaker ON quote(article_id, local_speaker)",
        "CREATE INDEX IF NOT EXISTS quote_about_local ON quote_about(article_id, local_id)",
        "CREATE INDEX IF NOT EXISTS quote_cospeaker_local ON quote_cospeaker(article_id, local_id)",
        "CREATE INDEX IF NOT EXISTS quote_cospeaker_quote ON quote_cospeaker(quote_id)",
        "CREATE INDEX IF NOT EXISTS event_participant_local ON event_participant(article_id, local_id)",
        "CREATE INDEX IF NOT EXISTS merge_log_entity ON merge_log(entity_id)",
    };
}
