package dossier.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL server for tests: the Debian package's binaries ({@code apt install postgresql};
 * {@code .ci/run} installs it), a fresh cluster in a temporary folder, listening on a free loopback port only, one
 * per test JVM, stopped and deleted when the JVM exits. Each test asks for a database of its own.
 */
public final class TestPostgres {
    private static TestPostgres server;

    private final Path dir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** The JVM's server, started on first use. */
    public static synchronized TestPostgres get() {
        if (server == null) server = start();
        return server;
    }

    /** A new, empty database on the server, as a URL {@code dossier --db} takes. */
    public String newDatabase() {
        String name = "test" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=dossier");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return "postgresql://dossier@127.0.0.1:" + port + "/" + name;
    }

    private static TestPostgres start() {
        Path bin = serverBinaries();
        try {
            Path dir = Files.createTempDirectory("dossier-pg");
            Path data = dir.resolve("data");
            // PostgreSQL refuses to run as root; as root (CI), the package's own user runs it.
            List<String> asUser = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                run(List.of("chown", "postgres", dir.toString()));
                asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            run(with(asUser, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "dossier",
                    "--auth=trust", "-E", "UTF8", "--locale=C"));
            // Durability is not under test: no fsync, small buffers, loopback only.
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB";
            run(with(asUser, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(with(asUser, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                } catch (RuntimeException ignored) {
                    // the JVM is going; a server that will not stop is left to the OS
                }
                delete(dir);
            }));
            return new TestPostgres(dir, port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    /** The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin. */
    static Path serverBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IOException("no server in " + root));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL server binaries not found (" + e.getMessage()
                    + "): install the Debian package postgresql, as .ci/run does", e);
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> with(List<String> prefix, String... command) {
        List<String> out = new ArrayList<>(prefix);
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
