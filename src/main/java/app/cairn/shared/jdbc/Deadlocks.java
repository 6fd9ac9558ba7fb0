package app.cairn.shared.jdbc;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs database work again when the database chose it as a deadlock's victim (or it waited too long for a lock).
 * Only for work that is whole on its own and safe to repeat: its own transaction, or a single statement guarded by
 * what it changes.
 */
public final class Deadlocks {

    /** Tries in all, the first included. */
    static final int ATTEMPTS = 5;

    private Deadlocks() {}

    /**
     * Runs the work, again after a short pause each time it loses a deadlock, up to {@value #ATTEMPTS} tries; the
     * last failure is thrown.
     */
    public static void retry(Runnable work) {
        answer(() -> {
            work.run();
            return null;
        });
    }

    /** As {@link #retry(Runnable)}, for work with an answer: the answer of the try that succeeded. */
    public static <T> T answer(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
                pause(20L * attempt, lost);
            }
        }
    }

    private static void pause(long millis, PessimisticLockingFailureException lost) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw lost;
        }
    }
}
