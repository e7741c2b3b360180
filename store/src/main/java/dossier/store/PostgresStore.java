package dossier.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The knowledge base in a PostgreSQL database, shared by a team: any number of readers, and writers in several
 * processes that take turns per article (a transaction-scoped advisory lock), so that concurrent loads neither
 * lose nor duplicate an article or an entity. Full-text search uses tsvector columns, GIN indexes, ts_rank and
 * ts_headline with the English configuration (stemmed, unlike SQLite's FTS5 here).
 */
final class PostgresStore extends SqlStore {
    /** The advisory lock every dossier writer of a database takes; any fixed number would do. */
    private static final long WRITER_LOCK = 0x646f7373_69657201L;

    private PostgresStore(Connection db) {
        super(db);
    }

    static boolean handles(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:");
    }

    /**
     * Opens the store at a libpq-style URL, {@code postgresql://user:password@host:port/database?options} (user and
     * password also from PGUSER and PGPASSWORD), or a JDBC URL; creates the tables on first use.
     */
    static PostgresStore open(String location) {
        Connection c = null;
        try {
            c = connect(location);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Two processes creating the tables at once would collide in the catalogue: one at a time.
                s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
                CommonSchema.create(s, PostgresSchema.STATEMENTS);
            }
            c.commit();
            c.setAutoCommit(true);
            return new PostgresStore(c);
        } catch (SQLException e) {
            try {
                if (c != null) c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw new IllegalStateException(redacted(location) + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    private static Connection connect(String location) throws SQLException {
        if (location.startsWith("jdbc:")) return DriverManager.getConnection(location);
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(redacted(location) + ": not a PostgreSQL URL (" + e.getReason() + ")");
        }
        Properties props = new Properties();
        String user = System.getenv("PGUSER"), password = System.getenv("PGPASSWORD");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            if (parts.length > 1) password = parts[1];
        }
        // Batches of mentions, participants and co-occurrences go as multi-row INSERTs: far fewer round trips.
        props.setProperty("reWriteBatchedInserts", "true");
        if (user != null) props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return DriverManager.getConnection("jdbc:postgresql://" + host + port + path + query, props);
    }

    /** The location without its password (in the user part or a {@code password=} option), for messages. */
    static String redacted(String location) {
        return location.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@")
                .replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    @Override
    void awaitTurnToWrite() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        }
    }

    @Override
    boolean batchesReturnIds() {
        return true;
    }

    @Override
    String quoteMatches() {
        return "q.tsv @@ plainto_tsquery('english', ?)";
    }

    /** plainto_tsquery takes any text as plain words. */
    @Override
    String textQuery(String text) {
        return text;
    }

    private static final String HEADLINE = "'StartSel=[, StopSel=], MaxWords=20, MinWords=8'";

    @Override
    String articleSearch() {
        return """
                SELECT a.id, a.title, a.published, ts_headline('english', left(a.text, %d), query, %s),
                       ts_rank(a.tsv, query), NULL::bigint
                FROM article a, plainto_tsquery('english', ?) query WHERE a.tsv @@ query
                ORDER BY ts_rank(a.tsv, query) DESC, a.id LIMIT ?""".formatted(PostgresSchema.INDEXED_CHARS, HEADLINE);
    }

    @Override
    String quoteSearch() {
        return """
                SELECT q.article_id, a.title, q.published, ts_headline('english', q.text, query, %s),
                       ts_rank(q.tsv, query), q.id
                FROM quote q JOIN article a ON a.id = q.article_id, plainto_tsquery('english', ?) query
                WHERE q.tsv @@ query ORDER BY ts_rank(q.tsv, query) DESC, q.id LIMIT ?""".formatted(HEADLINE);
    }
}
