package id.kombel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Spring logs through Commons Logging with lazy messages (Spring Security alone logs several per
 * request at DEBUG). A message whose level is off must never be rendered: commons-logging's own
 * SLF4J bridge rendered each of them, on every request.
 */
class LoggingCostTest {

    private static final String LOGGER = "id.kombel.gateway.logging-cost";

    @Test
    void rendersAMessageOnlyWhenItsLevelIsOn() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(LOGGER)).setLevel(Level.INFO);
        Log log = LogFactory.getLog(LOGGER);
        CountedMessage message = new CountedMessage();

        log.debug(message);
        log.trace(message);
        assertThat(message.renderings).hasValue(0);

        log.info(message);
        assertThat(message.renderings).hasValue(1);
    }

    /** Like Spring's LogMessage: a CharSequence rendered on demand. */
    private static final class CountedMessage implements CharSequence {

        final AtomicInteger renderings = new AtomicInteger();

        @Override
        public String toString() {
            renderings.incrementAndGet();
            return "rendered";
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }
    }
}
