package io.iprules.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The connections with a request in flight, so that a graceful stop closes only the idle ones.
 *
 * <p>On a graceful stop Jetty's connector sets the idle timeout of every connection to its shutdown idle timeout
 * (1 s), to close the kept-alive connections that wait for a next request. That also cuts a request in flight whose
 * body is still arriving, or a batch whose client pauses between lines or reads its results slowly, for more than a
 * second: a 408 that blames a timeout of 60 s, or a batch broken off without its summary, where the service promises
 * that the requests in flight finish. {@link #closeIdle} does what Jetty does for the idle connections only.
 */
final class InFlight extends Handler.Wrapper {
    /** Jetty's own shutdown idle timeout: how long an idle connection is left once the service stops. */
    static final long IDLE_ON_STOP_MILLIS = 1_000;
    /**
     * The request attribute marking a request that arrived once the stop had begun: it is refused (503), where one
     * that arrived before is in flight and finishes, however long it then takes to reach its route (a request
     * waiting for its turn, a thread slow to be scheduled).
     */
    static final String ARRIVED_STOPPING = InFlight.class.getName() + ".arrivedStopping";
    private final Set<EndPoint> busy = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    InFlight(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        busy.add(endPoint);
        // read after the add, as closeIdle sets the flag before it looks for the busy: a request on a connection it
        // took for idle (and gave a second) sees the flag, and is refused; one it found busy finishes
        if (stopping) {
            request.setAttribute(ARRIVED_STOPPING, Boolean.TRUE);
        }
        Callback done = Callback.from(callback, () -> {
            busy.remove(endPoint);
            if (stopping) { // answered: the connection is idle now, as those closeIdle found idle
                endPoint.setIdleTimeout(IDLE_ON_STOP_MILLIS);
            }
        });
        boolean handled;
        try {
            handled = super.handle(request, response, done);
        } catch (Exception | Error e) {
            busy.remove(endPoint);
            throw e;
        }
        if (!handled) {
            busy.remove(endPoint);
        }
        return handled;
    }

    /** How many requests are being handled now. */
    int count() {
        return busy.size();
    }

    /**
     * Before the graceful stop of {@code connectors}: Jetty told to leave the connections' idle timeouts alone, and
     * those without a request in flight given its shutdown idle timeout, as Jetty would have; those with one keep
     * theirs (the service's idle timeout) until their answer is written, which closes them.
     */
    void closeIdle(Connector[] connectors) {
        stopping = true;
        for (Connector c : connectors) {
            if (c instanceof ServerConnector sc) {
                sc.setShutdownIdleTimeout(-1);
                for (EndPoint e : sc.getConnectedEndPoints()) {
                    if (!busy.contains(e)) {
                        e.setIdleTimeout(IDLE_ON_STOP_MILLIS);
                    }
                }
            }
        }
    }
}
