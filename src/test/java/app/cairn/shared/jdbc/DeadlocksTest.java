package app.cairn.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class DeadlocksTest {

    @Test
    void workThatLosesTwoDeadlocksRunsAgainAndSucceedsOnTheThirdTry() {
        AtomicInteger tries = new AtomicInteger();

        Deadlocks.retry(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
        });

        assertThat(tries).hasValue(3);
    }

    @Test
    void workWithAnAnswerGivesTheAnswerOfTheTryThatSucceeded() {
        AtomicInteger tries = new AtomicInteger();

        int answer = Deadlocks.answer(() -> {
            if (tries.incrementAndGet() < 2) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return 42;
        });

        assertThat(answer).isEqualTo(42);
        assertThat(tries).hasValue(2);
    }

    @Test
    void workThatKeepsLosingFailsWithTheLastDeadlockAfterFiveTries() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> Deadlocks.retry(() -> {
                    throw new CannotAcquireLockException("try " + tries.incrementAndGet());
                }))
                .isInstanceOf(CannotAcquireLockException.class)
                .hasMessage("try 5");
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> Deadlocks.retry(() -> {
                    tries.incrementAndGet();
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(tries).hasValue(1);
    }
}
