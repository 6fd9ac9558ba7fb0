package app.cairn.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The indexer thread of this node: drains the queue batch by batch, looks again after the poll interval when it
 * is empty, and waits while a rebuild runs on any node (changes queued meanwhile are indexed after it, as they are
 * then).
 */
@Component
class IndexDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexDrainer.class);
    private static final long MAX_PAUSE_MS = 30_000;

    private final IndexBatch batch;
    private final RebuildLease lease;
    private final SearchProperties properties;
    private final Object lock = new Object();
    private volatile boolean running;
    private volatile boolean paused;
    private Thread thread;

    IndexDrainer(IndexBatch batch, RebuildLease lease, SearchProperties properties) {
        this.batch = batch;
        this.lease = lease;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("cairn-search-indexer").daemon().start(this::run);
    }

    private void run() {
        long pauseMs = properties.pollInterval().toMillis();
        try {
            while (running) {
                try {
                    // while any node rebuilds, changes wait in the queue (see RebuildLease)
                    int taken = paused || lease.held() ? 0 : batch.drain(properties.batchSize());
                    pauseMs = properties.pollInterval().toMillis();
                    if (taken == 0) {
                        synchronized (lock) {
                            lock.wait(properties.pollInterval().toMillis());
                        }
                    }
                } catch (RuntimeException failed) {
                    log.error("Indexing queued changes failed; trying again in {} ms", pauseMs, failed);
                    Thread.sleep(pauseMs);
                    pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking batches (the one in hand is finished) until {@link #resume()}. */
    void pause() {
        paused = true;
    }

    /** Takes batches again, at once. */
    void resume() {
        paused = false;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
        if (thread != null) {
            try {
                if (!thread.join(java.time.Duration.ofSeconds(15))) {
                    thread.interrupt();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
