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
 *
 * <p>Every server in the JVM logs to the same loggers, and Jetty logs a request once its answer is complete, which can
 * be after its client has read the answer and gone on: a line of the test before, from the server the tests share, can
 * arrive while this is open. {@link #events(DecisionServer)} keeps one server's access lines.
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

    /** The access lines so far of {@code server}: those marked with its {@link DecisionServer#name() name}. */
    List<ILoggingEvent> events(DecisionServer server) {
        return events().stream().filter(e -> e.getMarkerList() != null
                && e.getMarkerList().stream().anyMatch(m -> m.getName().equals(server.name()))).toList();
    }

    /** The access lines so far of {@code server}, formatted. */
    List<String> messages(DecisionServer server) {
        return events(server).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        loggers.forEach(l -> l.detachAppender(appender));
    }
}
