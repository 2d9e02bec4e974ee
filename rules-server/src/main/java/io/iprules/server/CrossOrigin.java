package io.iprules.server;

import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's cross-origin handler ({@code DecisionServer.crossOrigin} sets what it allows), approving a preflight only
 * for a path a route answers: Jetty's approves one to any path, so that a page's call to a path that does not exist
 * passed its preflight (200, the methods allowed) and met its 404 only after. A preflight to a path no route answers
 * goes on as the same {@code OPTIONS} without {@code Access-Control-Request-Method} would: the service's 404, with the
 * headers Jetty's handler gives any answer to the origin ({@code Vary: Origin}; for an allowed origin, leave to read
 * it).
 */
final class CrossOrigin extends CrossOriginHandler {
    /** Whether a route answers a request path (as sent, percent-encoded). */
    private final Predicate<String> routed;

    /** A handler approving preflights to the paths {@code routed} accepts; the caller sets what it allows. */
    CrossOrigin(Predicate<String> routed) {
        this.routed = routed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (preflight(request) && (path == null || !routed.test(path))) {
            return super.handle(new NotPreflight(request), response, callback);
        }
        return super.handle(request, response, callback);
    }

    /** Whether {@code request} is a preflight as Jetty's handler tells one: {@code OPTIONS} asking for a method. */
    static boolean preflight(Request request) {
        return HttpMethod.OPTIONS.is(request.getMethod())
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    }

    /** A request as it would be without {@code Access-Control-Request-Method}: no preflight, to Jetty's handler. */
    static final class NotPreflight extends Request.Wrapper {
        private final HttpFields headers;

        NotPreflight(Request request) {
            super(request);
            headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)
                    .asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }
    }
}
