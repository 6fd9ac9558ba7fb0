package app.cairn.messaging.internal.delivery;

/**
 * Keeps this node's senders under a number of messages per second, shared between them: each send takes the next
 * free slot and waits until its time. A handful of lines, so no library for it.
 */
public final class SendRate {

    private long nextFreeNanos = System.nanoTime();

    /** Waits for the next slot at {@code perSecond} messages a second; returns at once when it is 0 (no limit). */
    public void acquire(int perSecond) throws InterruptedException {
        if (perSecond <= 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextFreeNanos);
            nextFreeNanos = slot + 1_000_000_000L / perSecond;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
