package dossier.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which locations are PostgreSQL stores, and that no message shows their password. */
class PostgresUrlTest {
    @Test
    void postgresLocationsAreRecognisedAndFilesAreNot() {
        assertTrue(PostgresStore.handles("postgresql://me@db.example:5432/news"));
        assertTrue(PostgresStore.handles("postgres://db.example/news"));
        assertTrue(PostgresStore.handles("jdbc:postgresql://db.example/news"));
        assertFalse(PostgresStore.handles("postgresql.db"));
        assertFalse(PostgresStore.handles("data/postgres/news.db"));
    }

    @Test
    void passwordsAreRedacted() {
        assertEquals("postgresql://me:***@db.example:5432/news", PostgresStore.redacted("postgresql://me:s3cr:et@db.example:5432/news"));
        assertEquals("jdbc:postgresql://db.example/news?user=me&password=***&ssl=true",
                PostgresStore.redacted("jdbc:postgresql://db.example/news?user=me&password=hunter2&ssl=true"));
        assertEquals("postgresql://me@db.example/news", PostgresStore.redacted("postgresql://me@db.example/news"));
    }
}
