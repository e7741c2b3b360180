package dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The knowledge base in one SQLite file, the embedded default: WAL, so that a killed ingest leaves a file that
 * still opens; full-text search with FTS5 (tables kept in step by triggers). One process writes at a time.
 */
final class SqliteStore extends SqlStore {
    private SqliteStore(Connection db) {
        super(db);
    }

    static SqliteStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=OFF");
                s.execute("PRAGMA busy_timeout=10000");
                CommonSchema.create(s, SqliteSchema.STATEMENTS);
            }
            return new SqliteStore(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    @Override
    void awaitTurnToWrite() {
        // SQLite's own file lock (with busy_timeout) already lets one writer in at a time.
    }

    @Override
    boolean batchesReturnIds() {
        return false;
    }

    @Override
    String quoteMatches() {
        return "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)";
    }

    /** Each word a quoted FTS5 term, so that punctuation is never syntax. */
    @Override
    String textQuery(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append('"').append(w).append('"');
        }
        return b.length() == 0 ? "\"\"" : b.toString();
    }

    @Override
    String articleSearch() {
        return """
                SELECT a.id, a.title, a.published, snippet(article_fts, 1, '[', ']', '…', 12), -bm25(article_fts), NULL
                FROM article_fts JOIN article a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?
                ORDER BY bm25(article_fts) LIMIT ?""";
    }

    @Override
    String quoteSearch() {
        return """
                SELECT q.article_id, a.title, q.published, snippet(quote_fts, 0, '[', ']', '…', 12), -bm25(quote_fts), q.id
                FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid JOIN article a ON a.id = q.article_id
                WHERE quote_fts MATCH ? ORDER BY bm25(quote_fts) LIMIT ?""";
    }
}
