package newsgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;
import picocli.CommandLine;

/**
 * Runs Neo4j Community embedded with its Bolt server on 127.0.0.1, for newsgraph's local development.
 *
 * <p>Options (CLI wins over environment):
 * <pre>
 *   --home DIR        NEWSGRAPH_NEO4J_HOME       Neo4j home: data/, logs/, neo4j.pid   (default: &lt;repo&gt;/.neo4j)
 *   --port N          NEWSGRAPH_NEO4J_PORT       Bolt port on 127.0.0.1               (default: 7687)
 *   --password X      NEWSGRAPH_NEO4J_PASSWORD   enables auth; initial password of user neo4j (default: auth off)
 *   --pagecache SIZE  NEWSGRAPH_NEO4J_PAGECACHE  page cache, e.g. 256m                 (default: 256m)
 *   --exit-on-stdin-eof                           shut down when standard input closes (parent died)
 * </pre>
 * A password on the command line is visible to other local users (ps); prefer the environment variable.
 *
 * <p>Standard output carries exactly one line from this launcher: {@code NEO4J_READY bolt://127.0.0.1:PORT}
 * once Bolt accepts connections. Failures go to standard error as {@code NEO4J_FAILED <code> <message>}
 * with exit code 2 (usage), 3 (store in use by another process), 4 (start failed) or 5 (port in use). Neo4j's own logs go to
 * {@code <home>/logs/debug.log}.
 */
public final class Launcher {
    static final String READY = "NEO4J_READY";
    static final String FAILED = "NEO4J_FAILED";
    static final String PID_FILE = "neo4j.pid";

    static final int EXIT_USAGE = 2;
    static final int EXIT_IN_USE = 3;
    static final int EXIT_START_FAILED = 4;
    static final int EXIT_PORT_IN_USE = 5;

    private Launcher() {}

    record Options(Path home, int port, String password, String pageCache, boolean exitOnStdinEof) {}

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final class InUseException extends Exception {
        InUseException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        // Keep our stdout for the one readiness line: anything else that prints to System.out goes to stderr.
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        try {
            options = parse(args, System.getenv());
        } catch (UsageException e) {
            fail(EXIT_USAGE, "usage", e.getMessage());
            return;
        }

        Path home = options.home();
        Path pidFile = home.resolve(PID_FILE);
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            claimPidFile(pidFile, options.port());
        } catch (InUseException e) {
            fail(EXIT_IN_USE, "in-use", e.getMessage());
            return;
        } catch (IOException e) {
            fail(EXIT_START_FAILED, "io", "cannot create " + home + ": " + e);
            return;
        }

        try {
            checkStoreLock(home);
        } catch (InUseException e) {
            deletePidFile(pidFile);
            fail(EXIT_IN_USE, "store-locked", e.getMessage());
            return;
        } catch (IOException e) {
            // let Neo4j report it
        }

        // The hook is in place before Neo4j starts, so a SIGTERM during start-up still ends in a clean shutdown:
        // it waits for the start to finish, then stops the DBMS.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch startAttempted = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                startAttempted.await(5, TimeUnit.MINUTES);
                DatabaseManagementService service = running.get();
                if (service != null) {
                    System.err.println("newsgraph-neo4j: shutting down");
                    service.shutdown();
                }
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                deletePidFile(pidFile);
                stopped.countDown();
            }
        }, "newsgraph-neo4j-shutdown"));

        try {
            if (options.password() != null) {
                seedInitialPassword(home, options.password());
            }
            dbms = build(options).build();
            running.set(dbms);
        } catch (Throwable e) {
            startAttempted.countDown();
            deletePidFile(pidFile);
            if (isStoreLocked(e)) {
                fail(EXIT_IN_USE, "store-locked", "the store in " + home.resolve("data")
                        + " is locked by another Neo4j process (" + rootMessage(e) + ")");
            } else if (isPortInUse(e)) {
                fail(EXIT_PORT_IN_USE, "port-in-use", "127.0.0.1:" + options.port()
                        + " is already in use by another process (" + rootMessage(e) + ")");
            } else {
                e.printStackTrace();
                fail(EXIT_START_FAILED, "start", rootMessage(e) + " (see " + home.resolve("logs/debug.log") + ")");
            }
            return;
        }

        startAttempted.countDown();

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(5).toMillis())) {
                throw new IllegalStateException("database 'neo4j' did not become available");
            }
            if (options.password() != null) {
                ensurePasswordUsable(dbms, options.password());
            }
            waitForBolt(options.port(), Duration.ofSeconds(60));
        } catch (Throwable e) {
            e.printStackTrace();
            System.err.println(FAILED + " start " + oneLine(rootMessage(e)));
            System.exit(EXIT_START_FAILED); // runs the shutdown hook
            return;
        }

        System.err.println("newsgraph-neo4j: Neo4j " + Version.getNeo4jVersion() + " on bolt://127.0.0.1:"
                + options.port() + ", home " + home + ", auth " + (options.password() != null ? "on" : "off"));
        stdout.println(READY + " bolt://127.0.0.1:" + options.port());
        stdout.flush();

        if (options.exitOnStdinEof()) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // ignore input; we only care about end of stream
                    }
                } catch (IOException ignored) {
                    // treat a broken stdin like end of stream
                }
                System.err.println("newsgraph-neo4j: standard input closed, stopping");
                System.exit(0);
            }, "newsgraph-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Options parse(String[] args, Map<String, String> env) throws UsageException {
        String home = env.get("NEWSGRAPH_NEO4J_HOME");
        String port = env.get("NEWSGRAPH_NEO4J_PORT");
        String password = env.get("NEWSGRAPH_NEO4J_PASSWORD");
        String pageCache = env.get("NEWSGRAPH_NEO4J_PAGECACHE");
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                case "--home", "--port", "--password", "--pagecache" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--home" -> home = value;
                        case "--port" -> port = value;
                        case "--password" -> password = value;
                        default -> pageCache = value;
                    }
                }
                case "--help", "-h" -> throw new UsageException(
                        "options: --home DIR --port N --password X --pagecache SIZE --exit-on-stdin-eof");
                default -> throw new UsageException("unknown argument " + args[i]);
            }
        }

        Path homePath = (home == null || home.isBlank()) ? defaultHome() : Paths.get(home);
        int portNumber = 7687;
        if (port != null && !port.isBlank()) {
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("port is not a number: " + port);
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw new UsageException("port out of range: " + port);
            }
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && password.codePointCount(0, password.length()) < 8) {
            throw new UsageException("password must have at least 8 characters (Neo4j's minimum)");
        }
        String pc = (pageCache == null || pageCache.isBlank()) ? "256m" : pageCache.trim();
        try {
            SettingValueParsers.BYTES.parse(pc);
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad page cache size '" + pc + "': " + e.getMessage());
        }
        return new Options(homePath.toAbsolutePath().normalize(), portNumber, password, pc, exitOnStdinEof);
    }

    /** {@code <repo>/.neo4j} when running from {@code <repo>/neo4j/target/classes}, else {@code ./.neo4j}. */
    static Path defaultHome() {
        try {
            Path classes = Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = classes.getParent();
            Path module = target == null ? null : target.getParent();
            Path repo = module == null ? null : module.getParent();
            if (repo != null && module.getFileName().toString().equals("neo4j")
                    && Files.isRegularFile(module.resolve("pom.xml"))) {
                return repo.resolve(".neo4j");
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through
        }
        return Paths.get(".neo4j");
    }

    static DatabaseManagementServiceBuilder build(Options options) {
        Path home = options.home();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Bolt on loopback only; no HTTP(S).
        builder.setConfig(BoltConnector.enabled, true);
        builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port()));
        builder.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port()));
        builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // A Bolt thread per busy connection: the service's pool (50), an ingest and a benchmark's
        // driver (50) at once must not run out (Neo.TransientError.Request.NoThreadsAvailable).
        builder.setConfig(BoltConnector.thread_pool_max_size, 200);
        // Netty's default graceful shutdown waits 5 s quiet periods (about 10 s in all); a local server needs none.
        builder.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        builder.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
        builder.setConfig(HttpConnector.enabled, false);
        builder.setConfig(HttpsConnector.enabled, false);
        // Authentication only when a password is given.
        builder.setConfig(GraphDatabaseSettings.auth_enabled, options.password() != null);
        // Memory: a fixed, small page cache (Neo4j would otherwise take half of the free RAM). Transaction memory
        // keeps Neo4j's default cap (70% of the heap), so it follows -Xmx.
        builder.setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(options.pageCache()));
        builder.setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false);
        // Disk: keep transaction logs small (a local dev store, not a backup source).
        builder.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");
        builder.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, SettingValueParsers.BYTES.parse("32m"));
        builder.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        // Logs under <home>/logs (Neo4j's debug.log); no query log.
        builder.setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        builder.setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF);
        // No usage-data reporting over the network.
        builder.setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false);
        return builder;
    }

    /**
     * Writes the initial password the way {@code neo4j-admin dbms set-initial-password} does ({@code data/dbms/auth.ini}).
     * Neo4j reads it only when it creates the system database, i.e. on the very first start of a store.
     */
    static void seedInitialPassword(Path home, String password) {
        if (Files.exists(home.resolve("data/databases/system"))) {
            return;
        }
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"));
        int code = new CommandLine(new SetInitialPasswordCommand(context)).execute(password);
        if (code != 0) {
            throw new IllegalStateException("setting the initial password failed (exit " + code + ")");
        }
    }

    /**
     * A store first started without a password has user neo4j with the default password, flagged "change required".
     * If a password is now given, set it, so that the given password works as the brief promises; a password that
     * was already set (change not required) is left alone.
     */
    static void ensurePasswordUsable(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                Map.of(),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (changeRequired) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            System.err.println("newsgraph-neo4j: set the password of user neo4j (it still had the default)");
        }
    }

    /** Creates the pid file atomically; a live launcher owning it means the store is in use. */
    static void claimPidFile(Path pidFile, int port) throws IOException, InUseException {
        long self = ProcessHandle.current().pid();
        String content = self + "\n" + "bolt://127.0.0.1:" + port + "\n";
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(Files.createFile(pidFile), content, StandardCharsets.UTF_8);
                return;
            } catch (FileAlreadyExistsException e) {
                Optional<Long> owner = readPid(pidFile);
                if (owner.isPresent() && owner.get() != self && isLauncher(owner.get())) {
                    String uri = Files.readAllLines(pidFile).stream().skip(1).findFirst().orElse("?");
                    throw new InUseException("Neo4j (pid " + owner.get() + ", " + uri + ") already runs on "
                            + pidFile.getParent());
                }
                Files.deleteIfExists(pidFile); // stale
            }
        }
        throw new IOException("could not create " + pidFile);
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isLauncher(long pid) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().map(c -> c.contains(Launcher.class.getName())).orElse(true))
                .orElse(false);
    }

    static void deletePidFile(Path pidFile) {
        try {
            if (readPid(pidFile).map(p -> p == ProcessHandle.current().pid()).orElse(false)) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException ignored) {
            // best effort
        }
    }

    static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on 127.0.0.1:" + port, e);
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /**
     * Neo4j's own store lock, probed before Neo4j starts so that a second process fails fast and does not write
     * into the first one's debug.log. Neo4j takes the same lock again itself (the real guard).
     */
    static void checkStoreLock(Path home) throws IOException, InUseException {
        Path lockFile = home.resolve("data/databases/store_lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new InUseException("the store in " + home.resolve("data")
                        + " is locked by another Neo4j process (" + lockFile + ")");
            }
            lock.release();
        }
    }

    static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getClass().getName().endsWith("PortBindException")
                    || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    static boolean isStoreLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.endsWith("FileLockException") || message.contains("lock file has been locked")
                    || message.contains("store_lock") || message.contains("database_lock")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    static void fail(int code, String kind, String message) {
        System.err.println(FAILED + " " + kind + " " + oneLine(message));
        System.err.flush();
        System.exit(code);
    }
}
