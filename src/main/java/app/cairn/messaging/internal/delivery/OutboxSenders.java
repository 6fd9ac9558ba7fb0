package app.cairn.messaging.internal.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sender threads of this node ({@code cairn.messaging.workers}). Each drains the outbox batch by batch over
 * its own SMTP connection, looks again after {@value #IDLE_MS} ms when nothing is due, and pauses with a growing
 * delay (up to {@value #MAX_PAUSE_S} s) while the server is unreachable. Now and then a sender also puts
 * messages whose sender died back in the queue. On shutdown each finishes and marks the batch in hand first.
 */
@Component
public class OutboxSenders implements SmartLifecycle {

    public static final long IDLE_MS = 500;
    public static final long MAX_PAUSE_S = 30;
    private static final Duration RELEASE_EVERY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(OutboxSenders.class);

    private final MessageDelivery delivery;
    private final Outbox outbox;
    private final SmtpStatus status;
    private final int workers;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile long nextRelease;

    public OutboxSenders(MessageDelivery delivery, Outbox outbox, SmtpStatus status, MessagingProperties properties) {
        this.status = status;
        this.delivery = delivery;
        this.outbox = outbox;
        this.workers = properties.workers();
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread =
                    Thread.ofPlatform().name("cairn-mail-sender-" + i).daemon().unstarted(this::run);
            threads.add(thread);
            thread.start();
        }
    }

    private void run() {
        long pauseSeconds = 1;
        try (SmtpConnection connection = new SmtpConnection()) {
            while (running) {
                try {
                    releaseExpiredNowAndThen();
                    int claimed = delivery.sendBatch(connection);
                    if (claimed > 0) {
                        status.reached();
                    }
                    pauseSeconds = 1;
                    if (claimed == 0) {
                        Thread.sleep(IDLE_MS);
                    }
                } catch (MessageDelivery.ServerUnreachable unreachable) {
                    status.unreachable(unreachable.getMessage());
                    log.warn(
                            "SMTP server unreachable ({}); trying again in {} s",
                            unreachable.getMessage(),
                            pauseSeconds);
                    Thread.sleep(pauseSeconds * 1000);
                    pauseSeconds = Math.min(MAX_PAUSE_S, pauseSeconds * 2);
                } catch (RuntimeException failed) {
                    log.error("Sending from the outbox failed; trying again in {} s", pauseSeconds, failed);
                    Thread.sleep(pauseSeconds * 1000);
                    pauseSeconds = Math.min(MAX_PAUSE_S, pauseSeconds * 2);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void releaseExpiredNowAndThen() {
        long now = System.nanoTime();
        if (now - nextRelease >= 0) {
            nextRelease = now + RELEASE_EVERY.toNanos();
            int released = outbox.releaseExpired();
            if (released > 0) {
                log.warn("{} messages whose sender stopped before marking them were queued again", released);
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            for (Thread thread : threads) {
                // the batch in hand is finished and marked first; a sender still waiting after that is woken
                if (!thread.join(Duration.ofSeconds(15))) {
                    thread.interrupt();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
