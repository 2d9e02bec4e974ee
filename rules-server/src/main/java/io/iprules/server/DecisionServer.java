package io.iprules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.RulesEngine;
import io.iprules.Text;
import io.iprules.batch.BatchSummary;
import io.iprules.batch.JsonLinesBatch;
import io.iprules.json.JsonContract;
import io.iprules.json.JsonEscapes;
import io.iprules.report.Reports;
import io.iprules.schema.ContractSchemas;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The JSON contract over HTTP: an engine's policies served as a decision service (Javalin on Jetty 12).
 *
 * <ul>
 *   <li>{@code POST /v1/evaluate}: a request in, its result out — the bytes of {@code ip-rules evaluate --format
 *       json}; {@code Accept-Language: zh|en}; {@code ?trace=true} adds the rules fired;</li>
 *   <li>{@code POST /v1/report}: the same request in, the officer's report out ({@code io.iprules.report.Reports}):
 *       the HTML page, or the text when {@code Accept} prefers {@code text/plain};</li>
 *   <li>{@code POST /v1/batch}: JSON Lines in, JSON Lines out, streamed in input order, the summary in the trailer
 *       {@code Batch-Summary} (ASCII JSON of at most {@value SummaryTrailer#MAX_BYTES} bytes: the repeated
 *       applicants cut to what fits, see {@link SummaryTrailer});</li>
 *   <li>{@code GET /v1/policies}, {@code /v1/policies/{id}}, {@code /v1/schema}, {@code /v1/schema/{id}},
 *       {@code /openapi.json}, {@code /health}.</li>
 * </ul>
 *
 * <p>Every error is problem JSON (RFC 9457): 400 with every problem and its path, 404, 405, 408, 413, 415, 503
 * (busy, over the time limit), and 500 only for a bug (one line, no stack trace). One access-log line per request
 * (logger {@code io.iprules.server.access}; its SLF4J marker names the server, {@code ip-rules-http-N}, as do the names
 * of its Jetty threads). {@link #stop()} stops listening at once (a new connection is refused) and
 * lets requests in flight finish. Thread-safe.
 *
 * <p>Time limits (see {@link Settings}): an evaluation longer than the request timeout is 503 (its thread is
 * interrupted); a body that does not arrive within the body timeout, or stalls for the idle timeout, is 408; a batch
 * whose client goes silent, sending or reading, for the idle timeout is cut off (408 before its answer began, else a
 * transfer broken off without the summary trailer).
 *
 * <p>Requests at once (see {@link Settings}): at most {@link Settings#maxRequests()} {@code POST}s are handled, and
 * {@link Settings#maxLargeBodies()} of them with a body over 64 KiB or sent in chunks, so that slow clients hold
 * neither every Jetty thread nor more than those bodies in memory; one more waits its turn without a thread, up to
 * the request timeout, then is 503 with {@code Retry-After} ({@link Admission}). At most
 * {@link Settings#maxBatches()} batches are evaluated; one more is 503 at once, but for a small one of a known
 * length (64 KiB at most, or no body), which waits its turn, first come first served, up to the request timeout,
 * holding its thread and its place among the {@code POST}s meanwhile; at most {@link Settings#maxLargeBodies()} of
 * them wait at once.
 *
 * <p>Web pages of other origins may call it from a browser only when {@link Settings#corsOrigins()} names their
 * origins (CORS): then Jetty's cross-origin handler answers their preflights and lets them read every answer, errors
 * included, but for those Jetty gives before any handler runs (a malformed request line, 414, 431).
 */
public final class DecisionServer implements AutoCloseable {
    /** The access log: one line per request. */
    static final Logger ACCESS = LoggerFactory.getLogger("io.iprules.server.access");
    private static final Logger LOG = LoggerFactory.getLogger(DecisionServer.class);
    static final String JSON_TYPE = "application/json; charset=utf-8";
    static final String PROBLEM_TYPE = "application/problem+json; charset=utf-8";
    static final String LINES_TYPE = "application/x-ndjson; charset=utf-8";
    /**
     * The media types a batch may be sent as: {@code application/x-ndjson}, the one it is answered in, first, then the
     * other names JSON Lines goes by (the OpenAPI document lists them all).
     */
    static final List<String> LINES_TYPES = List.of("application/x-ndjson", "application/jsonl",
            "application/json-lines", "application/jsonlines");
    /** The trailer that carries a batch's summary. */
    public static final String SUMMARY_TRAILER = "Batch-Summary";
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    /** Numbers the servers of this JVM, 1 for the first ({@link #name()}). */
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final RulesEngine engine;
    private final JsonContract contract;
    private final ContractSchemas schemas;
    private final Settings settings;
    private final Clock clock;
    private final String openApi;
    private final Map<Language, String> policiesJson = new ConcurrentHashMap<>();
    /** Per route, the methods it answers (the {@code Allow} header of a 405). */
    private final Map<String, String> allowed = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /**
     * The detail of a 503 for a request that arrives once the stop has begun, or whose evaluation the stop
     * interrupts: the service's, or Jetty's graceful stop's ({@link ProblemErrorHandler}).
     */
    static final Text STOPPING = Text.bilingual("服务正在停止", "the service is stopping");
    private final ThreadPoolExecutor evaluations;
    /** A place for each batch evaluated at once ({@link Settings#maxBatches()}). */
    private final Semaphore batches;
    /**
     * Small batches waiting for a batch place now: each holds a Jetty thread and a place among the {@code POST}s, so
     * at most {@link Settings#maxLargeBodies()} wait, as many as the large bodies read at once, and the other
     * {@code POST}s keep theirs.
     */
    private final java.util.concurrent.atomic.AtomicInteger batchesWaiting =
            new java.util.concurrent.atomic.AtomicInteger();
    /**
     * Set once by {@link #start} (under its lock); volatile so that {@link #port()} reads it without waiting for a
     * stop.
     */
    private volatile Javalin app;
    /** The handlers that bound the requests taken on at once ({@link #admission()}); set once by {@link #start}. */
    private volatile List<Admission> admissions = List.of();
    /** The connections with a request in flight (those a stop leaves their idle time). */
    private volatile InFlight inFlight;
    /** As given to {@link #start}. */
    private String host;
    /** {@link #name()}. */
    private final String name = "ip-rules-http-" + SERVERS.incrementAndGet();
    /** The marker of this server's access-log lines: its name. Detached: markers of servers gone are not kept. */
    private final Marker accessMarker = MarkerFactory.getDetachedMarker(name);

    /**
     * Limits and behaviour.
     *
     * @param maxRequestBytes the largest body of {@code /v1/evaluate} (413 beyond)
     * @param maxBatchBytes   the largest body of {@code /v1/batch} (413 beyond); memory does not grow with it
     * @param batchThreads    threads evaluating one batch
     * @param idleTimeout     how long a connection may stay silent mid-request before it is closed
     * @param stopTimeout     how long {@link #stop()} waits for requests in flight
     * @param requestTimeout  how long one {@code /v1/evaluate} may take to evaluate and write its result (503 beyond)
     * @param bodyTimeout     how long the body of one {@code /v1/evaluate} may take to arrive, however it trickles
     *                        (408 beyond)
     * @param corsOrigins     the web origins whose pages may call the service from a browser (CORS, the Fetch
     *                        standard), as {@link #origin(String)} writes them, or {@code *} for any; empty (the
     *                        default): none, and the answers carry no CORS header
     * @param maxBatches      how many {@code /v1/batch} are evaluated at once, each with the memory and threads of
     *                        one batch; one more is answered 503 at once, with {@code Retry-After}, but for a small
     *                        one of a known length ({@value #LARGE_BODY_BYTES} bytes at most, or no body), which waits
     *                        its turn up to the request timeout
     * @param maxRequests     how many {@code POST}s are handled at once, each holding a Jetty thread while its body
     *                        arrives; one more waits its turn without a thread, up to the request timeout, then is
     *                        answered 503 with {@code Retry-After} (see {@link Admission})
     * @param maxLargeBodies  how many of them may have a body of more than {@value #LARGE_BODY_BYTES} bytes, or one
     *                        sent in chunks (its length unknown), held in memory up to the size limit: the same wait,
     *                        then 503
     */
    public record Settings(long maxRequestBytes, long maxBatchBytes, int batchThreads, Duration idleTimeout,
                           Duration stopTimeout, Duration requestTimeout, Duration bodyTimeout,
                           List<String> corsOrigins, int maxBatches, int maxRequests, int maxLargeBodies) {
        /** The default time limit of one evaluation: {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} seconds. */
        public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 5;
        /** The default number of batches evaluated at once: {@value #DEFAULT_MAX_BATCHES}. */
        public static final int DEFAULT_MAX_BATCHES = 2;
        /**
         * The default number of {@code POST}s handled at once: {@value #DEFAULT_MAX_REQUESTS}, half of Jetty's 250
         * threads (what Jetty's {@link org.eclipse.jetty.server.handler.QoSHandler} takes by default), so that the
         * other half answers everything else ({@code GET /health} too) however slowly the clients of those send.
         */
        public static final int DEFAULT_MAX_REQUESTS = 125;
        /**
         * The default number of requests with a large body read at once: {@value #DEFAULT_MAX_LARGE_BODIES}, 64 MiB
         * at the contract's 4 MiB.
         */
        public static final int DEFAULT_MAX_LARGE_BODIES = 16;
        /** A body of more than this many bytes (64 KiB), or of unknown length, is a large one. */
        public static final int LARGE_BODY_BYTES = 64 * 1024;

        /**
         * The defaults: the contract's 4 MiB per request, 1 GiB per batch, 2 threads, idle 30 s, stop 30 s, an
         * evaluation 5 s, a request body 60 s, no web page of another origin allowed to call it, 2 batches, 125
         * {@code POST}s and 16 large bodies at once.
         */
        public static Settings defaults() {
            return new Settings(JsonContract.MAX_REQUEST_BYTES, 1L << 30, 2, Duration.ofSeconds(30),
                    Duration.ofSeconds(30), Duration.ofSeconds(DEFAULT_REQUEST_TIMEOUT_SECONDS),
                    Duration.ofSeconds(60), List.of());
        }

        /** The settings of before the number of requests taken on at once could be set: the defaults' numbers. */
        public Settings(long maxRequestBytes, long maxBatchBytes, int batchThreads, Duration idleTimeout,
                        Duration stopTimeout, Duration requestTimeout, Duration bodyTimeout,
                        List<String> corsOrigins) {
            this(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout, requestTimeout, bodyTimeout,
                    corsOrigins, DEFAULT_MAX_BATCHES, DEFAULT_MAX_REQUESTS, DEFAULT_MAX_LARGE_BODIES);
        }

        /** The settings of before cross-origin calls could be allowed: none are. */
        public Settings(long maxRequestBytes, long maxBatchBytes, int batchThreads, Duration idleTimeout,
                        Duration stopTimeout, Duration requestTimeout, Duration bodyTimeout) {
            this(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout, requestTimeout, bodyTimeout,
                    List.of());
        }

        /** The limits of before the time limits: those take their defaults. */
        public Settings(long maxRequestBytes, long maxBatchBytes, int batchThreads, Duration idleTimeout,
                        Duration stopTimeout) {
            this(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout,
                    defaults().requestTimeout(), defaults().bodyTimeout());
        }

        /** These settings with another evaluation time limit. */
        public Settings withRequestTimeout(Duration timeout) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout, timeout,
                    bodyTimeout, corsOrigins, maxBatches, maxRequests, maxLargeBodies);
        }

        /** These settings with another time limit for a request body to arrive. */
        public Settings withBodyTimeout(Duration timeout) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout,
                    requestTimeout, timeout, corsOrigins, maxBatches, maxRequests, maxLargeBodies);
        }

        /** These settings with another idle timeout. */
        public Settings withIdleTimeout(Duration timeout) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, timeout, stopTimeout,
                    requestTimeout, bodyTimeout, corsOrigins, maxBatches, maxRequests, maxLargeBodies);
        }

        /**
         * These settings letting pages of {@code origins} call the service from a browser: each an origin such as
         * {@code https://app.example.gov.cn} (see {@link #origin(String)}), or {@code *} alone for any origin.
         *
         * @throws IllegalArgumentException for a value that is not an origin, or {@code *} beside a named origin
         *                                  (which would read as a restriction and allow every page)
         * @throws NullPointerException     for a {@code null} list or origin
         */
        public Settings withCorsOrigins(List<String> origins) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout,
                    requestTimeout, bodyTimeout, origins, maxBatches, maxRequests, maxLargeBodies);
        }

        /** These settings with another number of batches evaluated at once (see the record's parameters). */
        public Settings withMaxBatches(int batches) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout,
                    requestTimeout, bodyTimeout, corsOrigins, batches, maxRequests, maxLargeBodies);
        }

        /**
         * These settings with other numbers of {@code POST}s handled at once, and of large bodies among them (see the
         * record's parameters).
         */
        public Settings withMaxRequests(int requests, int largeBodies) {
            return new Settings(maxRequestBytes, maxBatchBytes, batchThreads, idleTimeout, stopTimeout,
                    requestTimeout, bodyTimeout, corsOrigins, maxBatches, requests, largeBodies);
        }

        /**
         * {@code given} as a browser writes it in its {@code Origin} header — {@code scheme://host[:port]}, the
         * scheme {@code http} or {@code https}, the host in lower case (a Chinese domain name in punycode,
         * {@code https://例子.中国} as {@code https://xn--fsqu00a.xn--fiqs8s}; an IPv6 address in its shortest form),
         * the scheme's default port left out — or {@code *} for {@code *}; empty when it is not an origin (a path, a
         * query, a user name, another scheme or none, a port of 0 or beyond 65535, an IPv6 zone). A trailing
         * {@code /} is dropped, as in an address copied from a browser's bar.
         */
        public static Optional<String> origin(String given) {
            return WebOrigins.serialized(given);
        }

        /** Checks the parts. */
        public Settings {
            if (maxRequestBytes <= 0 || maxBatchBytes <= 0 || batchThreads <= 0 || maxBatches <= 0 || maxRequests <= 0
                    || maxLargeBodies <= 0) {
                throw new IllegalArgumentException("limits and threads must be positive");
            }
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(stopTimeout, "stopTimeout");
            for (Duration d : new Duration[] {idleTimeout, requestTimeout, bodyTimeout}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("idle, request and body timeouts must be positive, not " + d);
                }
            }
            corsOrigins = Objects.requireNonNull(corsOrigins, "corsOrigins").stream()
                    .map(o -> origin(Objects.requireNonNull(o, "an origin in corsOrigins")).orElseThrow(() ->
                            new IllegalArgumentException("not a web origin: '" + o + "'; give scheme://host[:port], "
                                    + "such as https://app.example.gov.cn, or * for any")))
                    .distinct().toList();
            if (corsOrigins.contains("*") && corsOrigins.size() > 1) {
                // "*" beside a named origin reads as a restriction and allows every page: the operator meant one
                throw new IllegalArgumentException("* allows every origin, so it cannot stand beside named ones "
                        + corsOrigins + ": give * alone, or the origins without it");
            }
        }
    }

    /**
     * Where "today" is taken for a request without {@code asOf}: China's date, whatever the machine's time zone, as
     * {@code ip-rules evaluate} takes it and as the result's warning says ("evaluated as of today in China
     * (Asia/Shanghai)").
     */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * A server over {@code engine}, with the default settings (not started); a request without {@code asOf} is
     * evaluated as of today in China (Asia/Shanghai), whatever the machine's time zone.
     */
    public DecisionServer(RulesEngine engine) {
        this(engine, Settings.defaults());
    }

    /**
     * A server over {@code engine} with {@code settings} (not started); a request without {@code asOf} is evaluated
     * as of today in China (Asia/Shanghai), whatever the machine's time zone.
     */
    public DecisionServer(RulesEngine engine, Settings settings) {
        this(engine, settings, Clock.system(CHINA));
    }

    /**
     * A server over {@code engine} (not started).
     *
     * @param clock gives "today" for a request without {@code asOf}, in the clock's zone (the result's warning says
     *              it is China's date: give a clock in Asia/Shanghai, or a fixed one in tests)
     */
    public DecisionServer(RulesEngine engine, Settings settings, Clock clock) {
        this(engine, settings, clock, TimeLimits.evaluationPool(
                Objects.requireNonNull(settings, "settings").maxRequests()));
    }

    /** As the public constructor, evaluating on {@code evaluations} (a test's small pool, to fill it). */
    DecisionServer(RulesEngine engine, Settings settings, Clock clock, ThreadPoolExecutor evaluations) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.contract = new JsonContract(engine);
        this.schemas = new ContractSchemas(engine);
        this.openApi = ContractSchemas.write(OpenApi.document(schemas, version()));
        this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
        this.batches = new Semaphore(settings.maxBatches(), true); // fair: a small batch waiting is served in turn
    }

    /**
     * Starts listening on {@code host}:{@code port} ({@code 0}: any free port); returns this.
     *
     * @param host an address of this machine or a name for one ({@code 127.0.0.1}, {@code ::1}, {@code 0.0.0.0} for
     *             every interface); not blank, which Jetty would take as every interface
     * @throws IllegalArgumentException when {@code host} is blank
     */
    public synchronized DecisionServer start(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            // an empty --host=$UNSET_VARIABLE must not open the service on every interface
            throw new IllegalArgumentException("host is blank: give an address of this machine (0.0.0.0 for every "
                    + "interface)");
        }
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.routes.before(this::admit);
            // Jetty's own graceful stop: on stop() it waits for every request in flight to complete, its response
            // written out, before closing (counting in a Javalin handler would end before the response is written).
            config.jetty.modifyServer(server -> {
                if (server.getThreadPool() instanceof QueuedThreadPool pool) { // Javalin's, its sizes left as they are
                    pool.setName(name); // Javalin names every server's pool alike (JettyServerThreadPool)
                }
                // the POSTs taken on at once, and the stop, inside the cross-origin handler so that a page may read
                // their 503s (busy, stopping)
                Handler graceful = new GracefulHandler(inFlight = new InFlight(admission()));
                CrossOrigin cors = settings.corsOrigins().isEmpty() ? null
                        : crossOrigin(settings.corsOrigins(), path -> allowed(path) != null, graceful);
                server.setHandler(cors != null ? cors : graceful);
                server.setStopTimeout(settings.stopTimeout().toMillis());
                server.setErrorHandler(new ProblemErrorHandler(cors)); // Jetty's own errors, before any route
                // the access log is Jetty's: it sees the requests Jetty answers itself too (a malformed request line,
                // a URI or headers too long), which never reach a route or Javalin's request logger
                server.setRequestLog(this::logAccess);
            });
            config.routes.post(allow("/v1/evaluate", "POST"), this::evaluate);
            config.routes.post(allow("/v1/batch", "POST"), this::batch);
            config.routes.post(allow("/v1/report", "POST"), this::report);
            // ending with a newline, as `ip-rules policies --format json` prints it and every other JSON answer ends
            readable(config.routes, "/v1/policies", ctx -> json(ctx, policies(language(ctx)) + "\n", language(ctx)));
            readable(config.routes, "/v1/policies/{id}",
                    ctx -> json(ctx, policy(ctx.pathParam("id"), language(ctx)), language(ctx)));
            readable(config.routes, "/v1/schema", ctx -> json(ctx, ContractSchemas.write(schemas.all())));
            readable(config.routes, "/v1/schema/{id}", ctx -> json(ctx, schema(ctx.pathParam("id"))));
            readable(config.routes, "/openapi.json", ctx -> json(ctx, openApi));
            readable(config.routes, "/health", ctx -> json(ctx, health()));
            config.routes.exception(InvalidRequestException.class, (e, ctx) -> invalid(ctx, e.problems()));
            config.routes.exception(Refusal.class, (e, ctx) -> {
                if (e.retryAfterSeconds > 0) {
                    ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds));
                }
                problem(ctx, e.status, e.detail, null);
            });
            config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 405) {
                    methodNotAllowed(ctx);
                    return;
                }
                problem(ctx, e.getStatus(), e.getStatus() == 404 ? noSuchResource(ctx) : Text.bilingual(
                        title(e.getStatus(), Language.ZH) + ":" + e.getMessage(), e.getMessage()), null);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal error on {} {}: {}", ctx.method(), ctx.path(), oneLine(e));
                LOG.debug("internal error", e);
                problem(ctx, 500, Text.bilingual("内部错误:" + e.getClass().getSimpleName() + "(程序缺陷;服务器日志中有该请求)",
                        "internal error: " + e.getClass().getSimpleName() + " (a bug; the server log has the request)"),
                        null);
            });
            for (int status : new int[] {404, 405}) {
                config.routes.error(status, "*", ctx -> {
                    String type = ctx.res().getContentType();
                    if (type == null || !type.startsWith("application/problem+json")) {
                        if (status == 405) {
                            methodNotAllowed(ctx);
                        } else {
                            problem(ctx, status, noSuchResource(ctx), null);
                        }
                    }
                });
            }
        });
        app.start(host, port);
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setIdleTimeout(settings.idleTimeout().toMillis());
            }
        }
        this.host = host;
        LOG.info("ip-rules decision service on {} with {}{}", url(), engine.policies().stream()
                .map(PolicyDescription::id).toList(), settings.corsOrigins().isEmpty() ? ""
                : "; web pages of " + settings.corsOrigins() + " may call it (CORS)");
        return this;
    }

    /** The headers a script of an allowed origin may read beyond those the Fetch standard lets it read anyway. */
    static final String EXPOSED_HEADERS = "Allow, Retry-After";
    /** The methods a page may call the service with. */
    static final String ALLOWED_METHODS = "GET, HEAD, POST";
    /** The request headers the service reads that a page may send (Content-Type: application/json needs leave). */
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type";

    /**
     * Jetty's cross-origin handler letting pages of {@code origins} call the service: it answers a preflight
     * ({@code OPTIONS} with {@code Access-Control-Request-Method}) to a path {@code routed} accepts itself (one to
     * any other path goes on to its 404, see {@link CrossOrigin}), allows the methods and request headers the
     * service reads, and marks every answer {@code Vary: Origin}. No credentials: the service reads no cookie and no
     * authorization. An origin not allowed is answered as before, without the headers that would let its page read
     * the answer.
     */
    private static CrossOrigin crossOrigin(List<String> origins, java.util.function.Predicate<String> routed,
                                           Handler next) {
        var cors = new CrossOrigin(routed, next);
        // Jetty takes patterns: an origin's dots are quoted, so that app.example.gov.cn does not also admit appxexample
        cors.setAllowedOriginPatterns(origins.stream().map(o -> o.equals("*") ? o : Pattern.quote(o))
                .collect(Collectors.toSet()));
        cors.setAllowCredentials(false);
        // each list as one element: Jetty copies a set with Set.copyOf and joins it in that set's order, which
        // changes from one start of the JVM to the next; one element keeps the answer's bytes the same
        cors.setAllowedMethods(Set.of(ALLOWED_METHODS));
        cors.setAllowedHeaders(Set.of(ALLOWED_HEADERS));
        cors.setExposedHeaders(Set.of(EXPOSED_HEADERS));
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        return cors;
    }

    /**
     * Jetty's {@link org.eclipse.jetty.server.handler.QoSHandler}s that bound the {@code POST}s handled at once, and
     * the large bodies among them ({@link Admission}), one within the other; Javalin's handler goes innermost.
     */
    private Handler admission() {
        Duration wait = settings.requestTimeout();
        Admission requests = new Admission(settings.maxRequests(), wait, request -> true, Text.bilingual(
                "服务繁忙:同时处理的请求已达上限(" + settings.maxRequests() + " 个),没有及时空出位置;请稍后再试",
                "the service is busy: the most requests it handles at once (" + settings.maxRequests() + ") are "
                        + "being handled, and no place freed in time for this one; try again later"));
        Admission largeBodies = new Admission(settings.maxLargeBodies(), wait,
                request -> largeBody(request.getLength(),
                        request.getHeaders().contains(org.eclipse.jetty.http.HttpHeader.TRANSFER_ENCODING)),
                Text.bilingual("服务繁忙:请求体超过 64 KiB(或分块发送)的请求,同时读取已达上限(" + settings.maxLargeBodies()
                        + " 个),没有及时空出位置;请稍后再试",
                        "the service is busy: the most requests with a body of more than 64 KiB (or sent in chunks) "
                        + "it reads at once (" + settings.maxLargeBodies() + ") are being read, and no place freed in "
                        + "time for this one; try again later"));
        requests.setHandler(largeBodies);
        admissions = List.of(requests, largeBodies);
        return requests;
    }

    /**
     * This server's name, {@code ip-rules-http-N}, N its number in the JVM (1 for the first): the name of its Jetty
     * thread pool, whose threads Jetty names {@code ip-rules-http-N-ID}, and the marker of its access-log lines
     * ({@code %marker} in a logback pattern), which tells them from another server's: the line does not say, and Jetty
     * logs a request on whichever thread completes it, now and then one of its own outside the pool.
     */
    String name() {
        return name;
    }

    /** How many requests wait for their turn now (suspended by {@link Admission}, without a thread). */
    int requestsWaiting() {
        return admissions.stream().mapToInt(Admission::getSuspendedRequestCount).sum();
    }

    /** How many requests are being handled now. */
    int requestsInFlight() {
        InFlight counted = inFlight;
        return counted == null ? 0 : counted.count();
    }

    /**
     * The port it listens on (the one the system chose when {@link #start} was given 0).
     *
     * @throws IllegalStateException when it has not been started
     */
    public int port() {
        Javalin started = app;
        if (started == null) {
            throw new IllegalStateException("not started");
        }
        return started.port();
    }

    /**
     * Where it listens, as a URL to call it by: {@code http://HOST:PORT}, with the host as given to {@link #start}, an
     * IPv6 address in brackets ({@code http://[::1]:8080}).
     */
    public synchronized String url() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return url(host, port());
    }

    static String url(String host, int port) {
        boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
        return "http://" + (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * Stops: stops listening at once (a new connection is refused), closes the idle kept-alive connections, waits up
     * to the stop timeout for the requests in flight to finish (a request sent meanwhile on a connection opened before
     * is answered 503), then closes. Idempotent.
     */
    public synchronized void stop() {
        if (app == null || !stopping.compareAndSet(false, true)) {
            return;
        }
        // Jetty would give every connection 1 s of idle time, cutting a body or a batch still arriving: idle ones only
        inFlight.closeIdle(app.jettyServer().server().getConnectors());
        try {
            app.stop(); // graceful: waits up to the stop timeout for requests in flight
        } catch (io.javalin.util.JavalinException e) {
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
            // Jetty stopped all the same, then reported the timeout: the requests still in flight (a client sending
            // its body slowly, a long batch) were cut off, which is what the stop timeout is for, not a failure
            LOG.warn("the requests still in flight after the stop timeout ({}) were cut off",
                    TimeLimits.seconds(settings.stopTimeout()));
        }
        evaluations.shutdownNow();
        LOG.info("ip-rules decision service stopped");
    }

    @Override
    public void close() {
        stop();
    }

    // ================================================================== handlers

    /**
     * A resource read with GET, and with HEAD by the same handler: Javalin's own HEAD answer for a GET route is an
     * empty {@code text/plain}, where RFC 9110 (9.3.2) asks for the header fields GET would send (Jetty sends no
     * body for HEAD).
     */
    private void readable(io.javalin.config.RoutesConfig routes, String path, io.javalin.http.Handler handler) {
        io.javalin.http.Handler checked = ctx -> {
            knownQuery(ctx);
            handler.handle(ctx);
        };
        routes.get(allow(path, "GET, HEAD"), checked);
        routes.head(path, checked);
    }

    /**
     * 400 unless every query parameter of {@code ctx} is one of {@code known}, each given once: a misspelt
     * {@code ?trace} (or a {@code ?lang}, which Accept-Language is for) must not be ignored without a word, as an
     * unknown field of a request is not. A stray {@code &} is no parameter; an empty name with a value ({@code ?=1})
     * is one, and refused.
     */
    private static void knownQuery(Context ctx, String... known) {
        String raw = ctx.queryString();
        // Jetty drops a parameter whose % escape is broken (?trace=%ZZ): refused, as a broken path's escape is
        if (raw != null && BROKEN_ESCAPE.matcher(raw).find()) {
            throw new InvalidRequestException("?", "查询字符串无效:% 之后必须是两位十六进制数字(% 本身写作 %25)",
                    "not a valid query: % must be followed by two hexadecimal digits (%25 for % itself)");
        }
        List<Problem> problems = new ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.isEmpty() && values.stream().allMatch(String::isEmpty)) {
                return; // a stray & (?trace=true&, ?&trace), which many clients write: it names nothing to ignore
            }
            if (!List.of(known).contains(name)) {
                String zh = known.length == 0 ? "未知的查询参数:该资源不接受查询参数"
                        : "未知的查询参数;可用的只有 " + String.join("、", known);
                String en = known.length == 0 ? "unknown query parameter: this resource takes none"
                        : "unknown query parameter; the only one is " + String.join(", ", known);
                if (name.equalsIgnoreCase("lang") || name.equalsIgnoreCase("language")) {
                    zh += "(语言请用 Accept-Language 请求头)";
                    en += " (ask for a language with the Accept-Language header)";
                }
                problems.add(new Problem("?" + name, en, zh));
            } else if (values.size() > 1) {
                problems.add(new Problem("?" + name, "given " + values.size() + " times; give it once",
                        "给出了 " + values.size() + " 次;只能给出一次"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** A {@code %} not followed by two hexadecimal digits. */
    private static final java.util.regex.Pattern BROKEN_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Notes that {@code path} (a route, {@code {id}} for a segment) answers {@code methods}; returns the path. */
    private String allow(String path, String methods) {
        allowed.put(path, methods);
        return path;
    }

    /** The detail of a 404 for a path no route answers (Javalin's own English names its "Endpoint"). */
    private static Text noSuchResource(Context ctx) {
        return Text.bilingual("没有该资源:" + ctx.path(), "no such resource: " + ctx.path());
    }

    /** 405, with the {@code Allow} header RFC 9110 requires: the methods the path answers. */
    private void methodNotAllowed(Context ctx) {
        String methods = allowed(ctx.path());
        if (methods != null) {
            ctx.header("Allow", methods);
        }
        problem(ctx, 405, Text.bilingual(ctx.path() + " 不允许 " + ctx.method() + " 方法"
                + (methods == null ? "" : ",只允许 " + methods),
                ctx.method() + " is not allowed on " + ctx.path() + (methods == null ? "" : "; allowed: " + methods)),
                null);
    }

    /**
     * The methods a request path answers, or {@code null} when no route matches it; a trailing slash is ignored, as
     * the router ignores it ({@code /v1/evaluate/} is {@code /v1/evaluate}).
     */
    String allowed(String path) {
        String[] parts = (path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                .split("/", -1);
        for (Map.Entry<String, String> route : allowed.entrySet()) {
            String[] pattern = route.getKey().split("/", -1);
            boolean match = pattern.length == parts.length;
            for (int i = 0; match && i < parts.length; i++) {
                match = pattern[i].startsWith("{") ? !parts[i].isEmpty() : pattern[i].equals(parts[i]);
            }
            if (match) {
                return route.getValue();
            }
        }
        return null;
    }

    private void admit(Context ctx) {
        // answers, problems included, are worded in the language Accept-Language asks for, and Javalin gzips one of
        // more than 1,500 bytes for a client that accepts it (without saying so in Vary): a cache must key on both
        vary(ctx, "Accept-Language", "Accept-Encoding");
        // a request that arrived before the stop is in flight and finishes, however late it gets here (it waited for
        // its turn, or for a thread): only one that arrived after is refused, as InFlight saw it arrive
        if (ctx.req().getAttribute(InFlight.ARRIVED_STOPPING) != null) {
            ctx.header("Connection", "close");
            throw Refusal.stopping();
        }
    }

    /**
     * Adds {@code fields} to the answer's {@code Vary}, after what is there: the cross-origin handler puts
     * {@code Origin} first when cross-origin calls are allowed.
     */
    private static void vary(Context ctx, String... fields) {
        Set<String> all = new LinkedHashSet<>();
        for (String value : ctx.res().getHeaders("Vary")) {
            for (String field : value.split(",")) {
                if (!field.isBlank()) {
                    all.add(field.strip());
                }
            }
        }
        all.addAll(List.of(fields));
        ctx.header("Vary", String.join(", ", all));
    }

    private void evaluate(Context ctx) throws IOException {
        Language language = language(ctx);
        byte[] answer = evaluated(ctx, (result, trace) -> contract.writePretty(result, language, trace) + "\n");
        ctx.status(200).contentType(JSON_TYPE).header("Content-Language", language.tag()).result(answer);
    }

    /**
     * The request of {@code ctx} read as JSON within the size limit, evaluated on the evaluation pool within the
     * request timeout ("today" from the clock when it gives no {@code asOf}), and written by {@code write}, which is
     * told whether {@code ?trace=true} asks for the rules fired: what {@code /v1/evaluate} and {@code /v1/report}
     * share.
     */
    private byte[] evaluated(Context ctx, BiFunction<EvaluationResult, Boolean, String> write) throws IOException {
        knownQuery(ctx, "trace");
        requireJson(ctx, "application/json");
        byte[] body = body(ctx, settings.maxRequestBytes());
        boolean trace = flag(ctx, "trace");
        LocalDate today = LocalDate.now(clock);
        return withinTimeLimit(ctx, () -> write.apply(contract.evaluate(body, today, null), trace)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The officer's report of one request: the page {@code ip-rules report --html} writes, or, for a client that
     * prefers {@code text/plain}, the text {@code ip-rules evaluate} prints ({@code ?trace=true}: with the rules
     * fired).
     */
    private void report(Context ctx) throws IOException {
        boolean text = prefersText(ctx.header("Accept"));
        Language language = language(ctx);
        byte[] answer = evaluated(ctx, (result, trace) -> {
            PolicyDescription policy = engine.policy(result.policy());
            return text ? Reports.text(result, policy, language, trace) : Reports.html(result, policy, language);
        });
        // the answer depends on Accept as well; the page loads nothing (its style and drawings are inline), and a
        // browser must not read it as anything but what it says it is
        vary(ctx, "Accept");
        ctx.status(200).contentType(text ? "text/plain;charset=utf-8" : "text/html;charset=utf-8")
                .header("Content-Language", language.tag())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .result(answer);
    }

    /**
     * Whether {@code accept} ranks {@code text/plain} above {@code text/html} (RFC 9110 §12.5.1: the most specific
     * range that matches gives a type its weight); the page, for no header, a tie or neither named.
     */
    static boolean prefersText(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double plain = -1;
        double html = -1;
        int plainSpecificity = -1;
        int htmlSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = weight(parts);
            int specificity = type.equals("*/*") ? 0 : type.equals("text/*") ? 1 : 2;
            if ((type.equals("text/plain") || specificity < 2) && specificity > plainSpecificity) {
                plain = q;
                plainSpecificity = specificity;
            }
            if ((type.equals("text/html") || specificity < 2) && specificity > htmlSpecificity) {
                html = q;
                htmlSpecificity = specificity;
            }
        }
        return plain > 0 && plain > html;
    }

    private void batch(Context ctx) throws IOException {
        knownQuery(ctx, "trace");
        requireJson(ctx, LINES_TYPES.toArray(String[]::new));
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBatchBytes()) {
            throw new Refusal(413, "批量请求有 " + length + " 字节,最多接受 " + settings.maxBatchBytes() + " 字节",
                    "the batch is " + length + " bytes; at most " + settings.maxBatchBytes() + " are accepted");
        }
        // each batch holds its chunks in memory, its threads and a Jetty thread for as long as it lasts, so they are
        // counted; one more is refused at once rather than kept waiting, as a place may take hours. A small one of a
        // known length (a few hundred lines at most, answered in well under a second; no body at all is a length of
        // 0, RFC 9112 §6.3) waits its turn, first come first served: many clients sending small batches would
        // otherwise be refused most of the time
        boolean small = !largeBody(length, ctx.req().getHeader("Transfer-Encoding") != null);
        if (small ? !placeInTurn(settings.requestTimeout()) : !placeAtOnce()) {
            throw small
                    ? new Refusal(503, "服务繁忙:同时评估的批量请求已达上限(" + settings.maxBatches() + " 个),在 "
                            + TimeLimits.seconds(settings.requestTimeout()) + " 内没有空出位置;请稍后再试",
                            "the service is busy: the most batches it evaluates at once (" + settings.maxBatches()
                            + ") are being evaluated, and no place freed within "
                            + TimeLimits.seconds(settings.requestTimeout()) + " for this one; try again later",
                            TimeLimits.BUSY_RETRY_AFTER_SECONDS)
                    : new Refusal(503, "服务繁忙:同时评估的批量请求已达上限(" + settings.maxBatches() + " 个);请稍后再试",
                            "the service is busy: the most batches it evaluates at once (" + settings.maxBatches()
                            + ") are being evaluated; try again later", TimeLimits.BATCH_RETRY_AFTER_SECONDS);
        }
        try {
            evaluateBatch(ctx);
        } finally {
            batches.release();
        }
    }

    /**
     * Whether a body of {@code length} bytes ({@code -1}: not told) is large: sent in chunks, or longer than
     * {@value Settings#LARGE_BODY_BYTES} bytes. Neither a length nor chunks is no body (RFC 9112 §6.3). The limiter of
     * large bodies and the batches that wait their turn read it alike.
     */
    static boolean largeBody(long length, boolean chunked) {
        return chunked || length > Settings.LARGE_BODY_BYTES;
    }

    /**
     * A batch place, waiting in turn for one to free for at most {@code wait}; {@code false} when none did. Refused at
     * once when as many small batches wait as {@link #batchesWaiting} allows; interrupted, or its wait over while the
     * service stops, as a request is when the service stops (no {@code Retry-After}).
     */
    private boolean placeInTurn(Duration wait) {
        if (placeAtOnce()) {
            return true;
        }
        try {
            if (batchesWaiting.incrementAndGet() > settings.maxLargeBodies()) {
                throw new Refusal(503, "服务繁忙:同时评估的批量请求已达上限(" + settings.maxBatches() + " 个),且已有 "
                        + settings.maxLargeBodies() + " 个小批量在等候位置;请稍后再试",
                        "the service is busy: the most batches it evaluates at once (" + settings.maxBatches()
                        + ") are being evaluated, and as many small batches as may wait for a place ("
                        + settings.maxLargeBodies() + ") wait; try again later", TimeLimits.BUSY_RETRY_AFTER_SECONDS);
            }
            boolean placed = batches.tryAcquire(wait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            if (!placed && stopping.get()) {
                // the service began to stop while it waited: no place will free for it here, so no busy retry
                throw Refusal.stopping();
            }
            return placed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.stopping();
        } finally {
            batchesWaiting.decrementAndGet();
        }
    }

    /** A batch place if one is free and no small batch waits for it; {@code false} otherwise, without waiting. */
    private boolean placeAtOnce() {
        try {
            // not tryAcquire(), which takes a place from under the batches waiting their turn
            return batches.tryAcquire(0, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.stopping();
        }
    }

    /** A batch that has its place: evaluated and streamed, its summary in the trailer. */
    private void evaluateBatch(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        Language language = language(ctx);
        JsonLinesBatch batch = JsonLinesBatch.builder(engine).language(language).threads(settings.batchThreads())
                .duplicateCheckBytes(repeatCheckBytes(Runtime.getRuntime().maxMemory(), settings.maxBatches()))
                .today(LocalDate.now(clock)).trace(flag(ctx, "trace")).build();
        ctx.status(200).contentType(LINES_TYPE).header("Content-Language", language.tag());
        BatchSummary[] summary = new BatchSummary[1];
        // HTTP/1.0 has no trailers (Jetty refused to set them: a 500 for every batch): the lines alone, to the close
        if (!"HTTP/1.0".equals(ctx.req().getProtocol())) {
            ctx.header("Trailer", SUMMARY_TRAILER);
            ctx.res().setTrailerFields(() -> summary[0] == null ? Map.of()
                    : Map.of(SUMMARY_TRAILER, SummaryTrailer.value(summary[0])));
        }
        // how many lines were answered, as they are written: a batch cut off says so in its log line, since its
        // client, and whoever reads the log for it, cannot tell from a count of the bytes that arrived
        AnsweredLines answered = new AnsweredLines(ctx.res().getOutputStream());
        // without a Content-Length (chunked: a client streaming lines it has not counted) the limit is met as it is
        // read: before the answer began a 413, after it the transfer cut off like any failure of a streamed batch
        try (InputStream in = length < 0 ? atMost(timedBody(ctx, null), settings.maxBatchBytes(), ctx)
                : timedBody(ctx, null)) {
            summary[0] = batch.run(in, answered);
        } catch (IOException | RuntimeException e) {
            if (TimeLimits.abortIfCommitted(ctx, e, answered.answered())) {
                return; // the answer had begun: the client sees a transfer cut off, without the summary trailer
            }
            // refused before the answer began (a 408, a 400): a whole answer of its own, announcing no trailer
            withoutTrailer(ctx);
            throw e;
        } catch (OutOfMemoryError e) {
            // the heap is too small for the batches evaluated at once: this batch's chunks are freed with it and the
            // service goes on; said in words, not as an uncaught error of Jetty's
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            LOG.error("batch: out of memory (Java's heap is at most {} MB): the batch was stopped", heapMb);
            if (TimeLimits.abortIfCommitted(ctx, e, answered.answered())) {
                return;
            }
            withoutTrailer(ctx);
            throw new Refusal(503, "服务内存不足,无法完成这批请求(Java 的内存最多 " + heapMb + " MB);请稍后再试,或分成较小的批次",
                    "the service ran out of memory for this batch (Java's heap is at most " + heapMb + " MB); try "
                            + "again later, or in smaller batches", TimeLimits.BATCH_RETRY_AFTER_SECONDS);
        }
        LOG.info("batch: {} requests, {} evaluated, {} invalid, {} failed", summary[0].requests(),
                summary[0].evaluated(), summary[0].invalid(), summary[0].failed());
    }

    /** A batch refused before its answer began: a whole answer of its own, announcing no trailer. */
    private static void withoutTrailer(Context ctx) {
        ctx.res().setHeader("Trailer", null);
        ctx.res().setTrailerFields(Map::of);
    }

    /**
     * The bytes one batch's check for repeated applicants may take: the batches evaluated at once share the quarter
     * of the heap ({@code maxMemory}) that one CLI batch may give it, so that together they cannot exhaust it.
     */
    static long repeatCheckBytes(long maxMemory, int maxBatches) {
        return Math.max(1, maxMemory / 4 / maxBatches);
    }

    /** {@code in}, refused with 413 once it has more than {@code max} bytes. */
    private static InputStream atMost(InputStream in, long max, Context ctx) {
        return new BodyFilter(in) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                // at the limit, one byte more is asked for: only a body that has it is over
                int n = super.read(b, off, (int) Math.min(len, Math.max(1, max - read)));
                if (n > 0) {
                    read += n;
                    if (read > max) {
                        ctx.header("Connection", "close"); // the rest of the body is not read
                        throw new Refusal(413, "批量请求超过 " + max + " 字节,最多接受 " + max + " 字节",
                                "the batch is more than " + max + " bytes; at most " + max + " are accepted");
                    }
                }
                return n;
            }
        };
    }

    private String policies(Language language) {
        return policiesJson.computeIfAbsent(language, contract::writePolicies);
    }

    /** The bytes {@code ip-rules policies ID --format json} prints; an unknown id is 404 ({@link #invalid}). */
    private String policy(String id, Language language) {
        return contract.writePolicy(id, language) + "\n";
    }

    private String schema(String id) {
        return ContractSchemas.write(schemas.named(id)); // an unknown id: 404 naming the known ones
    }

    private String health() {
        ObjectNode o = NODES.objectNode().put("status", stopping.get() ? "STOPPING" : "UP");
        ArrayNode ids = o.putArray("policies");
        engine.policies().forEach(p -> ids.add(p.id()));
        o.put("version", version());
        return ContractSchemas.write(o);
    }

    // ================================================================== time limits (see TimeLimits)

    /** {@code work} on the evaluation pool within the request timeout: 503 when it takes longer or the pool is full. */
    private byte[] withinTimeLimit(Context ctx, java.util.concurrent.Callable<byte[]> work) {
        return TimeLimits.within(evaluations, settings.requestTimeout(), ctx.method() + " " + ctx.path(), work);
    }

    /** The request's body, failing with 408 when it does not arrive within {@code total} (or the idle timeout). */
    private InputStream timedBody(Context ctx, Duration total) throws IOException {
        return TimeLimits.body(ctx, total, settings.idleTimeout());
    }

    // ================================================================== helpers

    private static void json(Context ctx, String body) {
        ctx.status(200).contentType(JSON_TYPE).result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer whose texts are in {@code language}, which it says. */
    private static void json(Context ctx, String body, Language language) {
        json(ctx, body);
        ctx.header("Content-Language", language.tag());
    }

    private void invalid(Context ctx, List<Problem> problems) {
        // the English message is the stable one to recognise a problem by; the answer is in the language asked. An
        // unknown policy in a path (GET /v1/policies/{id}, /v1/schema/{id}) is a resource that does not exist, 404;
        // in a request's body (POST /v1/evaluate, /v1/report) it is the request's mistake, 400 with its path
        if (problems.size() == 1 && problems.get(0).path().equals("policy")
                && problems.get(0).message().startsWith("unknown policy") && !"POST".equals(ctx.req().getMethod())) {
            Problem p = problems.get(0);
            problem(ctx, 404, Text.bilingual(p.message(Language.ZH), p.message()), null);
            return;
        }
        Language language = language(ctx);
        ArrayNode list = NODES.arrayNode();
        for (Problem p : problems) {
            list.addObject().put("path", p.path()).put("message", p.message(language));
        }
        Problem first = problems.get(0);
        boolean cut = InvalidRequestException.saysThereAreMore(problems.get(problems.size() - 1));
        int listed = cut ? problems.size() - 1 : problems.size();
        problem(ctx, 400, problems.size() == 1 ? Text.bilingual(first.toString(Language.ZH), first.toString())
                : cut ? Text.bilingual("列出 " + listed + " 个问题,均附 JSON 路径;另有更多,见最后一项",
                        listed + " problems listed, each with its JSON path; there are more: see the last")
                : Text.bilingual(listed + " 个问题,均附 JSON 路径逐项列出",
                        listed + " problems; each is listed with its JSON path"), list);
    }

    /**
     * An RFC 9457 problem: type, title, status, detail, and for an invalid request every problem with its path;
     * title and detail in the language of {@code Accept-Language} (Chinese by default), said in
     * {@code Content-Language}.
     */
    static void problem(Context ctx, int status, Text detail, ArrayNode problems) {
        Language language = language(ctx);
        ctx.status(status).contentType(PROBLEM_TYPE).header("Content-Language", language.tag())
                .result(problemBody(status, language, detail.in(language), ctx.path(), problems));
    }

    /**
     * The bytes of a problem (RFC 9457) in {@code language}: {@code type}, {@code title}, {@code status},
     * {@code detail}, {@code instance}, and {@code problems} when given. Jetty's own errors use it too
     * ({@link ProblemErrorHandler}).
     */
    static byte[] problemBody(int status, Language language, String detail, String instance, ArrayNode problems) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "about:blank");
        o.put("title", title(status, language));
        o.put("status", status);
        // a detail may quote the request back (its media type, its path), as long as the headers Jetty accepts
        o.put("detail", Problem.shortened(detail, language));
        o.put("instance", instance);
        if (problems != null) {
            o.set("problems", problems);
        }
        return ContractSchemas.write(o).getBytes(StandardCharsets.UTF_8);
    }

    /** The title of a problem of {@code status}: HTTP's reason phrase in English, its usual Chinese name in Chinese. */
    static String title(int status, Language language) {
        boolean zh = language == Language.ZH;
        return switch (status) {
            case 400 -> zh ? "请求无效" : "Bad Request";
            case 404 -> zh ? "未找到" : "Not Found";
            case 405 -> zh ? "不允许的方法" : "Method Not Allowed";
            case 408 -> zh ? "请求超时" : "Request Timeout";
            case 413 -> zh ? "内容过大" : "Content Too Large";
            case 414 -> zh ? "URI 过长" : "URI Too Long";
            case 415 -> zh ? "不支持的媒体类型" : "Unsupported Media Type";
            case 501 -> zh ? "服务器未实现" : "Not Implemented";
            case 431 -> zh ? "请求头过大" : "Request Header Fields Too Large";
            case 503 -> zh ? "服务不可用" : "Service Unavailable";
            case 500 -> zh ? "内部错误" : "Internal Server Error";
            case 417 -> zh ? "预期失败" : "Expectation Failed"; // "错误" alone said nothing
            case 505 -> zh ? "服务器不支持该协议版本" : "HTTP Version Not Supported";
            default -> zh ? (status >= 500 ? "服务器错误" : "错误") : org.eclipse.jetty.http.HttpStatus.getMessage(status);
        };
    }

    /**
     * 415 unless the body's media type is one of {@code accepted} and its {@code charset} parameter, if any, names
     * UTF-8: in any case, quoted or not, by any of Java's names for it ({@code utf-8}, {@code "UTF-8"}, {@code UTF8}).
     */
    private static void requireJson(Context ctx, String... accepted) {
        if (java.util.Collections.list(ctx.req().getHeaders("Content-Type")).size() > 1) {
            // a body has one type (RFC 9110 §8.3): reading the first would take a type the sender may not have meant
            throw new Refusal(400, "Content-Type 给出了两次:请求体只有一种类型", "Content-Type is given twice: a body has "
                    + "one type");
        }
        // the header as sent: the servlet's getContentType() throws for a charset Java does not know (a 500)
        String type = ctx.header("Content-Type");
        String[] parts = type == null ? new String[] {""} : type.split(";");
        String bare = parts[0].trim().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            if (a.equals(bare)) {
                for (int i = 1; i < parts.length; i++) {
                    int eq = parts[i].indexOf('=');
                    if (eq > 0 && parts[i].substring(0, eq).trim().equalsIgnoreCase("charset")
                            && !utf8(parts[i].substring(eq + 1).trim())) {
                        throw new Refusal(415, "请求体必须是 UTF-8 编码,而不是 " + type,
                                "the body must be UTF-8, not " + type);
                    }
                }
                requireIdentity(ctx);
                return;
            }
        }
        throw new Refusal(415, "请求体必须是 " + String.join(" 或 ", accepted) + (type == null
                ? ";请求未给出 Content-Type" : ",而不是 " + type), "the body must be " + String.join(" or ", accepted)
                + (type == null ? "; no Content-Type was given" : ", not " + type));
    }

    /**
     * 415 for a body in a content coding ({@code Content-Encoding: gzip}): the service decodes none, and reading the
     * compressed bytes as JSON would tell the caller to save the file as UTF-8. The answer says {@code Accept-Encoding:
     * identity}, the codings that would have been accepted (RFC 9110 §15.5.16).
     */
    private static void requireIdentity(Context ctx) {
        // a transfer coding besides chunked (gzip, chunked): Jetty takes off the chunks and leaves the gzip, whose
        // bytes would be told "not UTF-8: save the file as UTF-8"; RFC 9112 §6.1 answers 501 to a coding not understood
        for (String codings : java.util.Collections.list(ctx.req().getHeaders("Transfer-Encoding"))) {
            for (String coding : codings.split(",")) {
                String c = coding.trim();
                if (!c.isEmpty() && !c.equalsIgnoreCase("chunked")) {
                    ctx.header("Connection", "close"); // the body is left unread
                    throw new Refusal(501, "不支持 Transfer-Encoding " + codings.trim() + ":请求体只能直接发送,或仅以 "
                            + "chunked 分块发送", "Transfer-Encoding " + codings.trim() + " is not supported: send the "
                            + "body as it is, or in chunks with chunked alone");
                }
            }
        }
        String coding = ctx.header("Content-Encoding");
        if (coding == null || coding.isBlank() || coding.trim().equalsIgnoreCase("identity")) {
            return;
        }
        ctx.header("Accept-Encoding", "identity");
        throw new Refusal(415, "请求体不能压缩:不支持 Content-Encoding " + coding + ";请直接发送",
                "the body must not be compressed: Content-Encoding " + coding + " is not supported; send it as is");
    }

    /** Whether a charset parameter's value, quoted (RFC 9110 §5.6.4) or not, names UTF-8. */
    static boolean utf8(String value) {
        String v = value;
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        try {
            return java.nio.charset.Charset.forName(v).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // an illegal or unknown name: not UTF-8
            return false;
        }
    }

    /** The body, at most {@code max} bytes (413 beyond, whether the length was declared or not). */
    private byte[] body(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new Refusal(413, "请求有 " + declared + " 字节,最多接受 " + max + " 字节",
                    "the request is " + declared + " bytes; at most " + max + " are accepted");
        }
        try (InputStream in = timedBody(ctx, settings.bodyTimeout())) {
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > max) {
                throw new Refusal(413, "请求超过 " + max + " 字节,最多接受 " + max + " 字节",
                        "the request is more than " + max + " bytes; at most " + max + " are accepted");
            }
            return bytes;
        }
    }

    /**
     * The language of the explanations, as {@code Accept-Language} prefers it ({@link #language(String)}), every line
     * of it read: {@code zh;q=0.1} then {@code en} on a second line is English (RFC 9110 §5.3), where the first line
     * alone had made it Chinese.
     */
    static Language language(Context ctx) {
        return language(oneList(java.util.Collections.list(ctx.req().getHeaders("Accept-Language"))));
    }

    /** A header's lines as the one list they are (RFC 9110 §5.3: joined with commas); {@code null} when none. */
    static String oneList(List<String> lines) {
        return lines.isEmpty() ? null : String.join(", ", lines);
    }

    /**
     * The language {@code header} prefers (RFC 9110 §12.5.4): each of Chinese and English takes the highest weight of
     * the ranges naming it ({@code zh}, {@code zh-CN}…), or, when none does, the weight of {@code *}; the heavier
     * wins, equal weights going to the one written first, then to Chinese; a weight of 0 is "not acceptable". Chinese
     * when nothing acceptable is named, as the CLI.
     */
    static Language language(String header) {
        if (header == null || header.isBlank()) {
            return Language.ZH;
        }
        double[] q = {-1, -1}; // ZH, EN: the weight of their own ranges, -1 while none names them
        int[] at = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        double any = -1;
        int anyAt = Integer.MAX_VALUE;
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] bits = parts[i].trim().split(";");
            String tag = bits[0].trim().toLowerCase(Locale.ROOT);
            double w = weight(bits);
            int l = tag.startsWith("zh") ? 0 : tag.startsWith("en") ? 1 : -1;
            if (l >= 0 && w > q[l]) {
                q[l] = w;
                at[l] = i;
            } else if (tag.equals("*") && any < 0) {
                any = w;
                anyAt = i;
            }
        }
        for (int l = 0; l < 2; l++) {
            if (q[l] < 0) { // not named: what "*" says of any other language
                q[l] = any;
                at[l] = anyAt;
            }
        }
        if (q[0] <= 0 && q[1] <= 0) {
            return Language.ZH;
        }
        boolean english = q[1] > q[0] || (q[1] == q[0] && at[1] < at[0]);
        return english ? Language.EN : Language.ZH;
    }

    /**
     * The weight of one element of an {@code Accept} or {@code Accept-Language} list, split at its semicolons (the
     * value first, then its parameters): its {@code q} parameter (RFC 9110 §12.4.2; the name in either case), 1 when
     * it has none, 0 when it is not a number. A weight for ordering, never a value we compute with.
     */
    static double weight(String[] valueAndParameters) {
        double q = 1;
        for (int i = 1; i < valueAndParameters.length; i++) {
            String param = valueAndParameters[i].trim();
            if (param.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    q = Double.parseDouble(param.substring(2).trim());
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return q;
    }

    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true") || v.isEmpty()) {
            return true;
        }
        throw new InvalidRequestException("?" + name, "必须是 true 或 false,而不是“" + v + "”",
                "must be true or false, not '" + v + "'");
    }

    /**
     * One access-log line per request once its answer is complete: {@code METHOD PATH STATUS MS ms REMOTE}, the path as
     * sent (percent-encoded), the time from the request's first byte, control characters written {@code \\uXXXX};
     * {@code -} for a method and path Jetty could not read (a malformed request line). Marked with this server's
     * {@link #name()}.
     */
    private void logAccess(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
        String path = ProblemErrorHandler.path(request);
        double ms = (System.nanoTime() - request.getBeginNanoTime()) / 1e6;
        // an answer cut off after it began (a batch's failure once results were streaming) is no 200 to count as
        // done: said last, so that the fields before it stay where a log reader expects them
        ACCESS.info(accessMarker, "{} {} {} {} ms {}{}",
                ProblemErrorHandler.standIn(request) ? "-" : escaped(request.getMethod()),
                path.isEmpty() ? "-" : escaped(path), response.getStatus(), String.format(Locale.ROOT, "%.1f", ms),
                org.eclipse.jetty.server.Request.getRemoteAddr(request),
                request.getAttribute(TimeLimits.CUT_OFF) != null ? " cut-off" : "");
    }

    /** {@code s} with its control characters written {@code \\uXXXX}, as {@link #oneLine} writes them. */
    static String escaped(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c < 0x20 || c == 0x7F : JsonEscapes.escaped(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The first line of {@code e} for the log, its control characters written {@code \\uXXXX}: C0 and DEL, and beyond
     * ASCII what JSON output escapes too ({@link JsonEscapes#escaped}: C1, bidi controls, U+2028/9). An exception's
     * message may quote the request, and a carriage return, an escape sequence or a bidi override would forge or
     * reorder log lines.
     */
    static String oneLine(Throwable e) {
        String m = String.valueOf(e);
        int end = 0;
        while (end < m.length() && m.charAt(end) != '\n' && m.charAt(end) != '\r') {
            end++;
        }
        return escaped(m.substring(0, end));
    }

    private static String version() {
        String v = DecisionServer.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * A refusal with an HTTP status other than 400 (size, media type, length, stopping), its detail in both
     * languages; the title follows from the status.
     */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient Text detail;
        /** {@code Retry-After} in seconds (RFC 9110 §10.2.3), or 0 for none: the request may be sent again then. */
        final int retryAfterSeconds;

        Refusal(int status, String chinese, String english) {
            this(status, chinese, english, 0);
        }

        Refusal(int status, String chinese, String english, int retryAfterSeconds) {
            super(english, null, false, false);
            this.status = status;
            this.detail = Text.bilingual(chinese, english);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** A request the service will not answer as it stops: 503 in {@link #STOPPING}'s words, no Retry-After. */
        static Refusal stopping() {
            return new Refusal(503, STOPPING.in(Language.ZH), STOPPING.in(Language.EN));
        }
    }
}
