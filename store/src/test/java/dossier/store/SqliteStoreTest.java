package dossier.store;

class SqliteStoreTest extends StoreContract {
    @Override
    String newStore() {
        return dir.resolve("test.db").toString();
    }
}
