package io.iprules.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the named loggers log while this is open, kept for a test to read (logback's {@link ListAppender});
 * what was kept stays readable after it is closed.
 */
final class LogLines implements AutoCloseable {
    /** The service's own log ({@link DecisionServer}'s). */
    static final String SERVICE = DecisionServer.class.getName();
    /** The access log, a line per request. */
    static final String ACCESS = DecisionServer.ACCESS.getName();

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<Logger> loggers;

    LogLines(String... names) {
        appender.start();
        loggers = Arrays.stream(names).map(n -> (Logger) LoggerFactory.getLogger(n)).toList();
        loggers.forEach(l -> l.addAppender(appender));
    }

    /** The events so far, in the order logged (read under the lock the appender logs under). */
    List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** The messages so far, formatted. */
    List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        loggers.forEach(l -> l.detachAppender(appender));
    }
}
