package dossier.app;

import dossier.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOption {
    @Option(names = "--db", defaultValue = "dossier.db", paramLabel = "STORE",
            description = "The store: a SQLite file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL,"
                    + " postgresql://user@host:port/database (password in PGPASSWORD or the URL).")
    String db;

    Store open() {
        return Store.open(db);
    }
}
