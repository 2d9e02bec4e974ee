package io.iprules.server;

import io.iprules.Language;
import io.iprules.Text;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, met before any route (a request line or headers it cannot parse: a malformed URI 400, a URI
 * too long 414, headers too large 431; a {@code POST} over the most taken on at once, 503, see {@link Admission}; a
 * request that arrives once the stop has begun, on a connection opened before, 503), answered as problem JSON as every
 * other error of the service is; Jetty's default is an HTML page in English. In the language asked where Jetty could
 * read the headers; where it stopped before them, in Chinese, the service's default.
 */
final class ProblemErrorHandler extends ErrorHandler {
    /** The service's cross-origin handler, or {@code null} when no other origin is allowed. */
    private final CrossOrigin cors;

    /**
     * An error handler whose answers to a head Jetty read (a 417) carry what {@code cors} gives every answer; none
     * when it is {@code null}.
     */
    ProblemErrorHandler(CrossOrigin cors) {
        this.cors = cors;
    }

    /**
     * Every method: Jetty's default writes its error page for GET, POST and HEAD only and an empty body for the rest
     * ({@code OPTIONS *}, a {@code DELETE} with a URI too long), where the service promises problem JSON.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        if (code == 426) {
            // Jetty's answer to an "HTTP/2.0" request line, without the Upgrade header a 426 must carry (RFC 9110
            // §15.5.22): the service serves HTTP/1.0 and 1.1, and answers every other version 505
            code = 505;
            response.setStatus(code);
        }
        if (code == 505) {
            // Jetty closes the connection after a request line of another version (it cannot read what follows), but
            // writes no Connection: close for it, the version being none it knows: said, as RFC 9112 §9.6 asks, so
            // that a client does not send its next request on a connection being closed
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Language language = DecisionServer.language(
                DecisionServer.oneList(request.getHeaders().getValuesList(HttpHeader.ACCEPT_LANGUAGE)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, DecisionServer.PROBLEM_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language.tag());
        // a 503 of the service's admission (Admission) says why, and so does one of a stop (Jetty's graceful stop
        // answers a request that arrives once it has begun); any other is Jetty's, told by its status
        String detail;
        if (request.getAttribute(Admission.BUSY) instanceof Text busy) {
            detail = busy.in(language);
        } else if (code == 503 && stopping(request)) {
            detail = DecisionServer.STOPPING.in(language);
            varyAsEveryAnswer(response);
        } else {
            detail = detail(code, language);
            if (code == 417) {
                // a head Jetty parsed (its Expect refused before any handler): a page of an allowed origin may read
                // it, and it varies as every answer does, Origin first
                if (cors != null) {
                    cors.addHeaders(request, response);
                }
                varyAsEveryAnswer(response);
            }
        }
        response.write(true, ByteBuffer.wrap(DecisionServer.problemBody(code, language, detail, path(request), null)),
                callback);
    }

    /** Whether the server {@code request} came to is stopping: Jetty's graceful stop answers a new request 503. */
    private static boolean stopping(Request request) {
        var connector = request.getConnectionMetaData().getConnector();
        return connector != null && connector.getServer().isStopping();
    }

    /**
     * Adds to {@code response}'s {@code Vary} what every answer of the service varies by (the language asked, and
     * gzip), after what is there ({@code Origin}, when the cross-origin handler put it), for an answer Jetty's
     * handlers write before any route.
     */
    static void varyAsEveryAnswer(Response response) {
        String vary = response.getHeaders().get(HttpHeader.VARY);
        response.getHeaders().put(HttpHeader.VARY, (vary == null || vary.isBlank() ? "" : vary + ", ")
                + "Accept-Language, Accept-Encoding");
    }

    /**
     * The request's path as far as Jetty read it; empty when it could not. For a request line it could not parse,
     * Jetty answers on a stand-in request, {@code BAD /badMessage}, whose path is none the client sent.
     */
    static String path(Request request) {
        try {
            String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
            return path == null || standIn(request, path) ? "" : path;
        } catch (RuntimeException e) { // a URI Jetty refused to parse
            return "";
        }
    }

    /** Whether {@code request} is Jetty's stand-in for a request line it could not parse. */
    static boolean standIn(Request request) {
        try {
            return request.getHttpURI() != null && standIn(request, request.getHttpURI().getPath());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean standIn(Request request, String path) {
        return "BAD".equals(request.getMethod()) && "/badMessage".equals(path);
    }

    /** What was wrong, in {@code language}; Jetty's reason is English and names its internals, so it is not shown. */
    static String detail(int code, Language language) {
        boolean zh = language == Language.ZH;
        return switch (code) {
            case 400 -> zh ? "请求无法解析:请求行、URI 或头部格式有误" : "the request cannot be parsed: its request line, URI or "
                    + "headers are malformed";
            case 404 -> zh ? "没有该资源" : "no such resource";
            case 414 -> zh ? "URI 过长" : "the URI is too long";
            case 431 -> zh ? "请求头过大" : "the request headers are too large";
            case 417 -> zh ? "不支持该 Expect 头:只接受 100-continue" : "the Expect header is not supported: only "
                    + "100-continue is";
            case 505 -> zh ? "不支持该 HTTP 版本:本服务只接受 HTTP/1.0 与 HTTP/1.1" : "this HTTP version is not "
                    + "supported: the service takes HTTP/1.0 and HTTP/1.1";
            default -> zh ? "HTTP 错误 " + code : "HTTP error " + code;
        };
    }
}
