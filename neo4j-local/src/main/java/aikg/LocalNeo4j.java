package aikg;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Local embedded Neo4j 5.26 (community) exposing Bolt on 127.0.0.1, so aikg can run and test
 * against a real Neo4j without Docker. Started and supervised by src/graph/local-neo4j.ts.
 *
 * <p>Args: --port N (0 = any free port) --data DIR [--exit-on-stdin-close] [--setting KEY=VALUE]...
 * (Neo4j settings over the defaults below, e.g. db.memory.transaction.max=8MiB). Stdout carries only
 * the contract line "NEO4J_READY bolt://127.0.0.1:PORT"; Neo4j's own logs go to DIR/logs.
 */
public final class LocalNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    int port = 7687;
    Path data = null;
    boolean exitOnStdinClose = false;
    Map<String, String> settings = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(next(args, ++i));
        case "--data" -> data = Path.of(next(args, ++i)).toAbsolutePath();
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        case "--setting" -> {
          String kv = next(args, ++i);
          int eq = kv.indexOf('=');
          if (eq <= 0) fail("--setting wants KEY=VALUE, got: " + kv);
          settings.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        default -> fail("unknown argument: " + args[i]);
      }
    }
    if (data == null) fail("usage: LocalNeo4j --port N --data DIR [--exit-on-stdin-close]");

    try {
      Files.createDirectories(data);
      DatabaseManagementService service = start(data, port, settings);
      // Registered right after build() so SIGTERM/SIGINT (and System.exit) flush and close stores.
      Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));

      GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      // Port 0 lets Netty pick the port; the register tells us which one it bound.
      HostnamePort bound = db.getDependencyResolver()
          .resolveDependency(ConnectorPortRegister.class)
          .getLocalAddress(ConnectorType.BOLT);
      if (bound == null) throw new IllegalStateException("Bolt connector did not register a port");
      int boltPort = bound.getPort();

      // Warm the Cypher pipeline once so the first client query is not slowed by class loading.
      db.executeTransactionally("RETURN 1");
      awaitTcp(boltPort);

      System.out.println("NEO4J_READY bolt://" + HOST + ":" + boltPort);
      System.out.flush();

      if (exitOnStdinClose) watchStdin();
      // Park main: Neo4j's threads may all be daemons, and we must live until a signal or EOF.
      new CountDownLatch(1).await();
    } catch (Throwable t) {
      t.printStackTrace();
      // Root cause last, so the launcher's "last lines of output" show what went wrong.
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      System.err.println("NEO4J_FAILED " + root);
      // exit (not halt) still runs the shutdown hook if the service was built.
      System.exit(1);
    }
  }

  private static DatabaseManagementService start(Path data, int port, Map<String, String> settings) {
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        // Only Bolt: the HTTP/HTTPS connectors are not needed and would take more ports.
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        // Local dev/test instance bound to loopback only, so no credentials.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.logs_directory, data.resolve("logs"))
        // Sized for a 2-core / 24 GiB box shared with the test suite; heap is set by the launcher.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
        // Throwaway test dirs: don't preallocate 256 MiB transaction log files.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
        // No phoning home (there is no network beyond the package registries anyway).
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Bolt waits 5 s twice on shutdown for clients to drain, after the stores are already
        // closed; 1 s keeps SIGTERM-to-exit short for tests. (Internal settings, 5.26-specific.)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    // Settings given by name are parsed by Neo4j itself, so a typo or a bad value fails here.
    Config parsed = Config.newBuilder().setRaw(settings).build();
    Map<String, Setting<Object>> declared = parsed.getDeclaredSettings();
    for (String name : settings.keySet()) {
      Setting<Object> setting = declared.get(name);
      if (setting == null) fail("unknown Neo4j setting: " + name);
      builder.setConfig(setting, parsed.get(setting));
    }
    return builder.build();
  }

  /** Bolt is registered before it necessarily accepts; confirm with a real TCP connect. */
  private static void awaitTcp(int port) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("Bolt not accepting on " + port, e);
        Thread.sleep(50);
      }
    }
  }

  /** A parent that dies closes our stdin; exiting then (via the shutdown hook) avoids orphans. */
  private static void watchStdin() {
    Thread t = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
          // Discard input; we only care about EOF.
        }
      } catch (IOException ignored) {
        // A broken stdin means the parent is gone too.
      }
      System.exit(0);
    }, "stdin-watch");
    t.setDaemon(true);
    t.start();
  }

  private static String next(String[] args, int i) {
    if (i >= args.length) fail("missing value for " + args[i - 1]);
    return args[i];
  }

  private static void fail(String msg) {
    System.err.println(msg);
    System.exit(2);
  }
}
