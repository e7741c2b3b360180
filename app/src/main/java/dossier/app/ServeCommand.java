package dossier.app;

import dossier.app.web.WebServer;
import dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dossier serve}: the store in a browser and over HTTP, on 127.0.0.1 unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store: web pages and a REST API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        Store s = store.open();
        WebServer server = WebServer.start(s, host, port);
        System.err.println("dossier: serving " + store.db + " on http://" + host + ":" + server.port() + "/  (Ctrl-C stops)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
