package app.cairn.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test classpath, for what one process cannot show: a node that dies with
 * {@code kill -9}. It must print a ready line; {@link #kill()} ends it without any clean-up. What it prints after
 * that can be read line by line ({@link #nextLine}); up to {@value #KEPT_LINES} unread lines are kept, later ones
 * dropped, so a child nobody reads from never blocks on its output.
 */
public final class ChildJvm implements AutoCloseable {

    static final int KEPT_LINES = 10_000;

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final BlockingQueue<String> later = new LinkedBlockingQueue<>(KEPT_LINES);

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} and waits until it prints {@code readyLine}. */
    public static ChildJvm start(Class<?> mainClass, String readyLine, Duration timeout, String... args)
            throws IOException {
        return start(mainClass, readyLine, timeout, List.of(), args);
    }

    /** Starts {@code mainClass} with these JVM options and waits until it prints {@code readyLine}. */
    public static ChildJvm start(
            Class<?> mainClass, String readyLine, Duration timeout, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return launch(command, readyLine, timeout);
    }

    /** Runs the command (a JVM with a classpath of its own) and waits until it prints {@code readyLine}. */
    public static ChildJvm launch(List<String> command, String readyLine, Duration timeout) throws IOException {
        ChildJvm child = new ChildJvm(
                new ProcessBuilder(command).redirectErrorStream(true).start());
        child.awaitLine(readyLine, timeout);
        return child;
    }

    /** The java command of this JVM. */
    public static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void awaitLine(String readyLine, Duration timeout) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(readyLine)) {
                        drainInBackground(reader);
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!ready.get(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Child JVM ended before it was ready:\n" + output());
            }
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Child JVM not ready within " + timeout + ":\n" + output(), e);
        }
    }

    private void drainInBackground(BufferedReader reader) {
        Thread drain = new Thread(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    // kept for nextLine while there is room; the pipe is emptied either way
                    later.offer(line);
                }
            } catch (IOException ended) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    /** What the child printed up to its ready line. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** The next line the child printed after its ready line, waiting up to {@code timeout}; null if none came. */
    public String nextLine(Duration timeout) throws InterruptedException {
        return later.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits up to {@code timeout} for the child to end by itself; answers whether it did. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the child at once, like {@code kill -9}: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
