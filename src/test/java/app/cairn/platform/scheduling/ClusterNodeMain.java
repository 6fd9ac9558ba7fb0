package app.cairn.platform.scheduling;

/** Child-JVM entry point: one started cluster node that runs until it is killed. */
public final class ClusterNodeMain {

    private ClusterNodeMain() {}

    public static void main(String[] args) throws Exception {
        ClusterNodes.create(args[0], args[1]).start();
        System.out.println("NODE STARTED");
        Thread.sleep(Long.MAX_VALUE);
    }
}
