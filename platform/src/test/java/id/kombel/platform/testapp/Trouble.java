package id.kombel.platform.testapp;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * What goes wrong in the next request to {@link TroubledNotesController}: nothing, a failure, or a
 * handler that waits until the test lets it go, so tests can act while a request is still running.
 */
@Component
public class Trouble {

    private static final Runnable NONE = () -> {};

    private final AtomicReference<Runnable> next = new AtomicReference<>(NONE);

    /** The next request fails with an unexpected exception (a 500). */
    public void failNext() {
        next.set(() -> {
            throw new IllegalStateException("scripted failure");
        });
    }

    /** The next request waits in its handler until {@link Hold#release()}. */
    public Hold holdNext() {
        Hold hold = new Hold();
        next.set(hold::block);
        return hold;
    }

    void strike() {
        next.getAndSet(NONE).run();
    }

    public static final class Hold {

        private static final Duration LONGEST = Duration.ofSeconds(30);

        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public boolean arrived() {
            return arrived.getCount() == 0;
        }

        public void release() {
            released.countDown();
        }

        private void block() {
            arrived.countDown();
            try {
                if (!released.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("held request was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held", e);
            }
        }
    }
}
