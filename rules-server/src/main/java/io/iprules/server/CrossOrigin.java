package io.iprules.server;

import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's cross-origin handler ({@code DecisionServer.crossOrigin} sets what it allows), approving a preflight only
 * for a path a route answers: Jetty's approves one to any path, so that a page's call to a path that does not exist
 * passed its preflight (200, the methods allowed) and met its 404 only after. A preflight to a path no route answers
 * goes on as the same {@code OPTIONS} without {@code Access-Control-Request-Method} would: the service's 404, with the
 * headers Jetty's handler gives any answer to the origin ({@code Vary: Origin}; for an allowed origin, leave to read
 * it).
 *
 * <p>It also gives those headers to an answer Jetty writes before any handler runs for a request whose head it read
 * (the 417 of an {@code Expect} other than {@code 100-continue}; see {@link #addHeaders}), deciding with its own
 * code which origin is allowed.
 */
final class CrossOrigin extends CrossOriginHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrossOrigin.class);
    /** Set on a request only while {@link #addHeaders} runs: the handlers after this one are not to handle it. */
    private static final String HEADERS_ONLY = CrossOrigin.class.getName() + ".headersOnly";
    /** Whether a route answers a request path (as sent, percent-encoded). */
    private final Predicate<String> routed;

    /**
     * A handler approving preflights to the paths {@code routed} accepts, before {@code next}; the caller sets what
     * it allows.
     */
    CrossOrigin(Predicate<String> routed, Handler next) {
        this.routed = routed;
        // between this handler and the next: a request whose headers alone are asked for goes no further
        setHandler(new Handler.Wrapper(next) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return request.getAttribute(HEADERS_ONLY) != null || super.handle(request, response, callback);
            }
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (preflight(request) && (path == null || !routed.test(path))) {
            return super.handle(new NotPreflight(request), response, callback);
        }
        return super.handle(request, response, callback);
    }

    /**
     * Adds to {@code response} the headers this handler gives an answer to {@code request} — {@code Vary: Origin},
     * and for an allowed origin {@code Access-Control-Allow-Origin} and {@code Access-Control-Expose-Headers} — for an
     * answer Jetty writes before any handler ({@link ProblemErrorHandler}): the request goes through this handler
     * alone, as no preflight (the answer approves nothing). Nothing is added if that fails.
     */
    void addHeaders(Request request, Response response) {
        request.setAttribute(HEADERS_ONLY, Boolean.TRUE);
        try {
            handle(new NotPreflight(request), response, Callback.NOOP);
        } catch (Exception e) {
            LOG.debug("no cross-origin headers for an answer written before any handler", e);
        } finally {
            request.removeAttribute(HEADERS_ONLY);
        }
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
