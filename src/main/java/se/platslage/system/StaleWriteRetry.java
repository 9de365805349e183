package se.platslage.system;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Repeats a whole transaction that lost a race on a record's version, for changes that do not depend on what the
 * client read: an appended follow-up is added to the measure as it is now, so a concurrent one is no conflict
 * (issue 17: 9 of 20 concurrent follow-ups got 409). Changes made from a version the client read still get 409.
 */
public final class StaleWriteRetry {

    private static final int ATTEMPTS = 20;

    private StaleWriteRetry() {
    }

    /** Runs {@code transaction} (a call through a @Transactional proxy) until it commits without losing a race. */
    public static <T> T append(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                try {
                    // a random pause, so that the writers that collided do not collide again at once
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 10)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
