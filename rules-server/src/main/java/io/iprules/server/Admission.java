package io.iprules.server;

import io.iprules.Text;
import java.time.Duration;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * How many {@code POST}s the service takes on at once: Jetty's {@link QoSHandler}, whose answer over the limit is the
 * service's own 503.
 *
 * <p>A request handled holds a Jetty thread while its body arrives (up to the body timeout, a batch without end)
 * and holds its body in memory until it is answered. Without a limit, a few hundred clients sending slowly took
 * every Jetty thread — nothing, not even {@code GET /health}, was answered — and a few hundred bodies of 4 MiB
 * filled the heap (a {@link OutOfMemoryError} that ended Jetty's selector thread: the service never answered again).
 * Over the limit a request waits for its turn without holding a thread (it is suspended, its body left unread), for
 * at most {@code maxWait}, then is answered 503 with {@code Retry-After}; so is one arriving when
 * {@link QoSHandler#getMaxSuspendedRequestCount() 1,024} already wait.
 */
final class Admission extends QoSHandler {
    /**
     * The request attribute holding the {@link Text} of a 503 given here, which {@link ProblemErrorHandler} makes
     * the problem's detail (Jetty's other 503, a stopping server's, has none).
     */
    static final String BUSY = Admission.class.getName() + ".busy";

    private final Text busy;

    /**
     * At most {@code maxRequests} of the {@code POST}s that {@code which} accepts handled at once; over it, a wait of
     * at most {@code maxWait} for a place, then 503 with {@code busy} as its detail.
     */
    Admission(int maxRequests, Duration maxWait, Predicate<Request> which, Text busy) {
        setMaxRequestCount(maxRequests);
        setMaxSuspend(maxWait);
        includeMethod("POST");
        include(which);
        this.busy = busy;
    }

    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
        busy(request, response, status);
        super.reject(request, response, callback, status);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status,
                                 Throwable failure) {
        busy(request, response, status); // its wait is over (a TimeoutException): the service is busy
        super.failSuspended(request, response, callback, status, failure);
    }

    /**
     * Marks a 503 as this one: its detail, {@code Retry-After} (a place frees as soon as a request ends, usually within
     * milliseconds), and the {@code Vary} every answer of the service has (after {@code Origin}, when the cross-origin
     * handler put it there).
     */
    private void busy(Request request, Response response, int status) {
        if (status != 503) {
            return;
        }
        request.setAttribute(BUSY, busy);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(TimeLimits.BUSY_RETRY_AFTER_SECONDS));
        ProblemErrorHandler.varyAsEveryAnswer(response);
    }
}
