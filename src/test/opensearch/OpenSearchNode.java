import java.io.InputStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for the tests, started as a single-file program on the classpath of this folder's pom (see
 * there): {@code java -cp … OpenSearchNode.java <folder> <http port> <transport port>}. It listens on 127.0.0.1
 * only, prints {@code OPENSEARCH READY} once it serves, and stops when its standard input closes (the test JVM
 * ended) or it is killed.
 */
public class OpenSearchNode {

    public static void main(String[] args) throws Exception {
        OpenSearchRunner runner = new OpenSearchRunner();
        // the ports are chosen free by the caller; the runner's own search stops at 9299
        runner.setMaxHttpPort(-1);
        runner.onBuild((id, settings) -> settings.put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("transport.port", args[2])
                .put("bootstrap.system_call_filter", "false")
                .put("action.auto_create_index", "false"));
        try {
            runner.build(
                    "-basePath", args[0],
                    "-numOfNode", "1",
                    "-baseHttpPort", Integer.toString(Integer.parseInt(args[1]) - 1),
                    "-clusterName", "cairn-test",
                    "-printOnFailure");
        } catch (RuntimeException failed) {
            failed.printStackTrace();
            System.exit(2);
        }
        System.out.println("OPENSEARCH READY");
        try (InputStream parent = System.in) {
            while (parent.read() >= 0) {
                // the test JVM writes nothing; end of input means it is gone
            }
        }
        runner.close();
        System.exit(0);
    }
}
