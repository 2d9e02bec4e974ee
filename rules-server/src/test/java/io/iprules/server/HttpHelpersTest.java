package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/**
 * The pieces of the service that HTTP's rules fix without a server: reason phrases, weights of {@code Accept} and
 * {@code Accept-Language}, a charset's names, the escapes of a log line, the evaluation pool's time limit, and the
 * filter every body is read through.
 */
class HttpHelpersTest {

    /** RFC 9457 §4.2.1: the title of {@code about:blank} is HTTP's reason phrase (RFC 9110 §15, RFC 6585 for 431). */
    @Test
    void aProblemsTitleIsHttpsReasonPhraseInEnglishAndAnotherTextInChinese() {
        String[][] phrases = {{"400", "Bad Request"}, {"404", "Not Found"}, {"405", "Method Not Allowed"},
                {"408", "Request Timeout"}, {"413", "Content Too Large"}, {"414", "URI Too Long"},
                {"415", "Unsupported Media Type"}, {"417", "Expectation Failed"},
                {"431", "Request Header Fields Too Large"},
                {"500", "Internal Server Error"}, {"503", "Service Unavailable"},
                // not among the service's own: still HTTP's phrase
                {"501", "Not Implemented"}, {"505", "HTTP Version Not Supported"}};
        for (String[] p : phrases) {
            int status = Integer.parseInt(p[0]);
            assertThat(DecisionServer.title(status, Language.EN)).as(p[0]).isEqualTo(p[1]);
            assertThat(DecisionServer.title(status, Language.ZH)).as(p[0]).isNotBlank().isNotEqualTo(p[1])
                    .doesNotContainPattern("[A-Za-z]{4,}");
        }
        // a server error and a client error are not called the same in Chinese: a 5xx is the server's (服务器, RFC
        // 9110 §15.6), a 4xx is not
        assertThat(DecisionServer.title(502, Language.ZH)).isNotEqualTo(DecisionServer.title(409, Language.ZH));
        for (int status : new int[] {501, 502, 505, 599}) {
            assertThat(DecisionServer.title(status, Language.ZH)).as(status + "").contains("服务器");
        }
        for (int status : new int[] {409, 410, 499}) {
            assertThat(DecisionServer.title(status, Language.ZH)).as(status + "").doesNotContain("服务器");
        }
    }

    /** Jetty's own errors: what was wrong, never blank, and one the service does not word itself names its code. */
    @Test
    void jettysOwnErrorsAreDescribedInBothLanguages() {
        for (int code : new int[] {400, 404, 414, 417, 431, 501, 505}) {
            for (Language l : Language.values()) {
                assertThat(ProblemErrorHandler.detail(code, l)).as(code + " " + l).isNotBlank();
            }
            assertThat(ProblemErrorHandler.detail(code, Language.ZH)).isNotEqualTo(ProblemErrorHandler.detail(code,
                    Language.EN));
        }
        assertThat(ProblemErrorHandler.detail(502, Language.EN)).isEqualTo("HTTP error 502");
        assertThat(ProblemErrorHandler.detail(502, Language.ZH)).isEqualTo("HTTP 错误 502");
        assertThat(ProblemErrorHandler.detail(414, Language.EN)).containsIgnoringCase("URI");
        assertThat(new ProblemErrorHandler(null).errorPageForMethod("PROPFIND")).isTrue();
    }

    /** RFC 9110 §12.4.2: a weight is {@code q}, in either case; 1 without one; a weight that is not a number is 0. */
    @Test
    void aWeightIsItsQParameter() {
        assertThat(DecisionServer.weight(new String[] {"en"})).isEqualTo(1.0);
        assertThat(DecisionServer.weight(new String[] {"en", "q=0.5"})).isEqualTo(0.5);
        assertThat(DecisionServer.weight(new String[] {"en", " Q=0.25 "})).isEqualTo(0.25);
        assertThat(DecisionServer.weight(new String[] {"text/html", "level=1", "q=0.3"})).isEqualTo(0.3);
        assertThat(DecisionServer.weight(new String[] {"text/html", "level=1"})).isEqualTo(1.0);
        assertThat(DecisionServer.weight(new String[] {"en", "q=high"})).isEqualTo(0.0);
        // only the parameters count: a value that happens to read "q=0" is the value
        assertThat(DecisionServer.weight(new String[] {"q=0"})).isEqualTo(1.0);
    }

    /** Equal weights keep the order written; a weight of 0 means "not acceptable" (RFC 9110 §12.4.2). */
    @Test
    void equalWeightsKeepTheOrderWritten() {
        assertThat(DecisionServer.language("en;q=0.5, zh;q=0.5")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("zh;q=0.5, en;q=0.5")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("en-US, zh-CN")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("zh;q=0, en;q=0.001")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("  ")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("EN")).isEqualTo(Language.EN);
    }

    /** RFC 9110 §12.5.1: the most specific range gives a type its weight; a tie or none named: the page. */
    @Test
    void theMostSpecificRangeGivesTextPlainItsWeight() {
        assertThat(DecisionServer.prefersText("  ")).isFalse();
        // text/* names both at 0.5, text/plain then raises its own: plain 1, html 0.5
        assertThat(DecisionServer.prefersText("text/*;q=0.5, text/plain")).isTrue();
        // text/plain is named, text/html falls to text/* at 0.4 (more specific than */*)
        assertThat(DecisionServer.prefersText("*/*, text/*;q=0.4, text/plain;q=0.6")).isTrue();
        // text/html named at 0.7 beats text/plain's 0.6 from text/*
        assertThat(DecisionServer.prefersText("text/*;q=0.6, text/html;q=0.7")).isFalse();
        // the order of the ranges does not matter, their specificity does
        assertThat(DecisionServer.prefersText("text/plain;q=0.9, text/*;q=0.3")).isTrue();
        assertThat(DecisionServer.prefersText("text/plain;q=0.2, */*;q=0.9")).isFalse();
        assertThat(DecisionServer.prefersText("TEXT/PLAIN")).isTrue();
        // neither named nor matched by a range: the page
        assertThat(DecisionServer.prefersText("image/png, application/json")).isFalse();
        // text/html refused, text/plain acceptable
        assertThat(DecisionServer.prefersText("text/plain;q=0.1, text/html;q=0")).isTrue();
    }

    /**
     * A charset parameter's value, quoted or not (RFC 9110 §5.6.4: a quoted-pair stands for its character), names
     * UTF-8 or not; a lone quote or an empty quoted string names nothing.
     */
    @Test
    void aCharsetNamesUtf8QuotedOrNot() {
        assertThat(DecisionServer.utf8("utf-8")).isTrue();
        assertThat(DecisionServer.utf8("\"UTF-8\"")).isTrue();
        assertThat(DecisionServer.utf8("\"utf\\-8\"")).isTrue();
        assertThat(DecisionServer.utf8("\"")).isFalse();
        assertThat(DecisionServer.utf8("\"\"")).isFalse();
        assertThat(DecisionServer.utf8("\"utf-8")).isFalse();
        assertThat(DecisionServer.utf8("latin1")).isFalse();
        assertThat(DecisionServer.utf8("no such charset")).isFalse();
    }

    /** C0 (U+0000–U+001F), DEL and C1 are escaped; the space, the tilde and a Chinese character are not. */
    @Test
    void aLogLineEscapesControlsUpToTheirBoundaries() {
        assertThat(DecisionServer.escaped("\u0000\u001F \u007E\u007F\u0080\u009F\u00A0中"))
                .isEqualTo("\\u0000\\u001F ~\\u007F\\u0080\\u009F\u00A0中");
        assertThat(DecisionServer.escaped("")).isEmpty();
        assertThat(DecisionServer.oneLine(new IllegalStateException("first\rsecond"))).isEqualTo(
                "java.lang.IllegalStateException: first");
        assertThat(DecisionServer.oneLine(new IllegalStateException("first\nsecond"))).isEqualTo(
                "java.lang.IllegalStateException: first");
        assertThat(DecisionServer.oneLine(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }

    /** Limits and timeouts must be positive; origins are written as browsers send them. */
    @Test
    void settingsRefuseWhatCannotWork() {
        DecisionServer.Settings d = DecisionServer.Settings.defaults();
        assertThat(d.maxRequestBytes()).isEqualTo(4L * 1024 * 1024); // the contract's 4 MiB
        assertThat(d.maxBatchBytes()).isEqualTo(1L << 30);
        assertThat(d.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(d.corsOrigins()).isEmpty();
        assertThat(List.of(d.maxBatches(), d.maxRequests(), d.maxLargeBodies())).containsExactly(2, 125, 16);
        for (int[] atOnce : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}) {
            assertThatThrownBy(() -> d.withMaxBatches(atOnce[0]).withMaxRequests(atOnce[1], atOnce[2]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (long[] limits : new long[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {-1, 1, 1}}) {
            assertThatThrownBy(() -> new DecisionServer.Settings(limits[0], limits[1], (int) limits[2],
                    Duration.ofSeconds(1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new DecisionServer.Settings(1, 1, 1, Duration.ofMillis(1), Duration.ofSeconds(1)).maxRequestBytes())
                .isEqualTo(1);
        assertThatThrownBy(() -> d.withIdleTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRequestTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withBodyTimeout(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withIdleTimeout(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DecisionServer.Settings(1, 1, 1, Duration.ofSeconds(1), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withCorsOrigins(null)).isInstanceOf(NullPointerException.class);
        // each with* changes its own part only
        DecisionServer.Settings changed = d.withIdleTimeout(Duration.ofSeconds(7))
                .withBodyTimeout(Duration.ofSeconds(8))
                .withRequestTimeout(Duration.ofSeconds(9)).withCorsOrigins(List.of("http://localhost:5173"));
        assertThat(changed).isEqualTo(new DecisionServer.Settings(4L * 1024 * 1024, 1L << 30, 2, Duration.ofSeconds(7),
                Duration.ofSeconds(30), Duration.ofSeconds(9), Duration.ofSeconds(8),
                List.of("http://localhost:5173")));
        assertThat(changed.withMaxBatches(3).withMaxRequests(4, 5)).isEqualTo(new DecisionServer.Settings(
                4L * 1024 * 1024, 1L << 30, 2, Duration.ofSeconds(7), Duration.ofSeconds(30), Duration.ofSeconds(9),
                Duration.ofSeconds(8), List.of("http://localhost:5173"), 3, 4, 5));
    }

    /**
     * The pool's queue has a place for every request taken on at once, whatever the setting allows: its places are
     * not made up front (an array of Integer.MAX_VALUE places, an embedder's "no limit", failed the service's start).
     */
    @Test
    void aQueueForAnyAdmissionLimitIsMadeWithoutReservingItsPlaces() {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(Integer.MAX_VALUE);
        try {
            assertThat(pool.getQueue().remainingCapacity()).isEqualTo(Integer.MAX_VALUE);
        } finally {
            pool.shutdownNow();
        }
    }

    /** An evaluation's exception is the answer's, as it is; a checked one cannot be, and is wrapped. */
    @Test
    void anEvaluationsFailureIsThrownAsItIs() {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(1, 1);
        try {
            IllegalArgumentException bad = new IllegalArgumentException("bad");
            assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "test", () -> {
                throw bad;
            })).isSameAs(bad);
            AssertionError error = new AssertionError("an error");
            assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "test", () -> {
                throw error;
            })).isSameAs(error);
            IOException checked = new IOException("checked");
            assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "test", () -> {
                throw checked;
            })).isInstanceOf(IllegalStateException.class).hasCause(checked);
            assertThat(TimeLimits.within(pool, Duration.ofSeconds(60), "test", () -> "done")).isEqualTo("done");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Work that never finishes is cut at the limit: 503 without Retry-After (it would take as long again), its thread
     * interrupted; a caller interrupted while waiting is told the service is stopping, and stays interrupted.
     */
    @Test
    void workPastItsLimitIsCancelledAnd503() throws Exception {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(1, 1);
        try {
            CountDownLatch interrupted = new CountDownLatch(1);
            assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofMillis(50), "test", () -> {
                try {
                    new CountDownLatch(1).await(); // never counted down
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            })).isInstanceOfSatisfying(DecisionServer.Refusal.class, r -> {
                assertThat(r.status).isEqualTo(503);
                assertThat(r.retryAfterSeconds).isZero();
                assertThat(r.detail.in(Language.EN)).contains("(50 ms)");
            });
            assertThat(interrupted.await(60, TimeUnit.SECONDS)).as("the work's thread was interrupted").isTrue();

            // work that cannot finish first: a future already done is returned by get() without a look at the
            // caller's interrupt, so quick work here would race the pool's thread
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "test", () -> {
                    new CountDownLatch(1).await(); // until the refusal cancels it
                    return "x";
                }))
                        .isInstanceOfSatisfying(DecisionServer.Refusal.class, r -> {
                            assertThat(r.status).isEqualTo(503);
                            assertThat(r.detail.in(Language.EN)).isEqualTo("the service is stopping");
                        });
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A batch cut off says how many lines were written to its answer whole as they were written, not as of its last
     * checkpoint, which trails them by up to a chunk: the lines in writes that returned, each ending with its newline;
     * after a write that failed, that some after them may have gone out with it.
     */
    @Test
    void aBatchsAnsweredLinesAreCountedAsWritten() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        AnsweredLines clean = new AnsweredLines(sent);
        assertThat(clean.answered()).isEqualTo("; no line had been answered yet");
        clean.write("{\"line\":1}\n{\"line\":2}\n{\"li".getBytes(StandardCharsets.US_ASCII));
        clean.write('n');
        assertThat(clean.lines()).isEqualTo(2);
        clean.write("e\":3}".getBytes(StandardCharsets.US_ASCII));
        clean.write('\n');
        assertThat(clean.answered())
                .isEqualTo("; lines 1 to 3 had been answered and written out (the client may have received fewer)");
        assertThat(sent.toString(StandardCharsets.US_ASCII)).isEqualTo("{\"line\":1}\n{\"line\":2}\n{\"line\":3}\n");

        AnsweredLines cut = new AnsweredLines(new OutputStream() {
            private int writes;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes > 1) {
                    throw new IOException("Connection reset by peer");
                }
            }
        });
        byte[] twoLines = "{}\n{}\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> {
            cut.write(twoLines);
            cut.write(twoLines);
        }).hasMessage("Connection reset by peer");
        assertThat(cut.answered()).isEqualTo("; lines 1 to 2 had been answered and written out, and perhaps some "
                + "after them in the write that failed (the client may have received fewer)");
        AnsweredLines first = new AnsweredLines(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Connection reset by peer");
            }
        });
        assertThatThrownBy(() -> first.write('\n')).isInstanceOf(IOException.class);
        assertThat(first.answered())
                .isEqualTo("; no line had been written out whole, but perhaps some in the write that failed");
    }

    /**
     * Work still waiting in the queue at its limit is taken out of it: its place is free at once, not once a thread
     * comes to the cancelled task, so the next request waits for the thread, where it was refused as a full queue.
     */
    @Test
    void workThatTimesOutWaitingLeavesTheQueue() throws Exception {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (LogLines log = new LogLines(LogLines.SERVICE)) {
            Future<String> first = callers.submit(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "first",
                    () -> {
                        release.await(); // holds the one thread
                        return "first";
                    }));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pool.getActiveCount() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(pool.getActiveCount()).isEqualTo(1);

            assertThatThrownBy(() -> TimeLimits.within(pool, Duration.ofMillis(50), "late", () -> "late"))
                    .isInstanceOfSatisfying(DecisionServer.Refusal.class, r -> {
                        assertThat(r.status).isEqualTo(503);
                        assertThat(r.retryAfterSeconds).isZero();
                    });
            assertThat(pool.getQueue()).as("the one place is free again").isEmpty();
            assertThat(log.messages()).contains("late: no evaluation thread was free within the request timeout of "
                    + "50 ms; taken out of the queue");

            // a lone new request takes the place and waits for the thread (the first still holds it)
            Future<String> next = callers.submit(() -> TimeLimits.within(pool, Duration.ofSeconds(60), "next",
                    () -> "next"));
            while (pool.getQueue().isEmpty() && !next.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("next");
        } finally {
            release.countDown();
            callers.shutdownNow();
            pool.shutdownNow();
        }
    }

    /**
     * The evaluation pool: a place in its queue for each request taken on at once, and no more (bounded); its threads
     * are daemons (they never hold the JVM up), named, and end when idle.
     */
    @Test
    void theEvaluationPoolIsBoundedAndItsThreadsAreDaemons() throws Exception {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(DecisionServer.Settings.DEFAULT_MAX_REQUESTS);
        try {
            assertThat(pool.getMaximumPoolSize()).isGreaterThanOrEqualTo(4)
                    .isGreaterThanOrEqualTo(2 * Runtime.getRuntime().availableProcessors());
            assertThat(pool.getQueue().remainingCapacity()).isEqualTo(125);
            assertThat(pool.allowsCoreThreadTimeOut()).isTrue();
            Thread t = pool.submit(Thread::currentThread).get(60, TimeUnit.SECONDS);
            assertThat(t.isDaemon()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every way of reading a body goes through the one method that counts and checks: a byte 0xFF is 255, not the
     * end (-1); the end is -1; skip reads what it skips.
     */
    @Test
    void aBodyFiltersOneByteReadAndSkipGoThroughItsCheckedRead() throws IOException {
        int[] asked = new int[1];
        InputStream in = new BodyFilter(new ByteArrayInputStream(new byte[] {(byte) 0xFF, 0x01, 2, 3, 4})) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                asked[0] += len;
                return super.read(b, off, len);
            }
        };
        assertThat(in.read()).isEqualTo(255);
        assertThat(in.read()).isEqualTo(1);
        assertThat(asked[0]).isEqualTo(2);
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(asked[0]).isEqualTo(4);
        assertThat(in.skip(-5)).isZero();
        assertThat(in.read()).isEqualTo(4);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.skip(10)).isZero();
    }

    /**
     * A body the client broke is its mistake, 400 with {@code Connection: close} (README, "The HTTP service"): Jetty
     * reports a malformed framing as an {@link HttpException} of a 4xx code (its reason named, or its code when it has
     * none) and an early end as an {@link EofException}, found however deep in the causes. Any other failure, a 5xx
     * {@code HttpException} or a plain {@link IOException}, is no refusal of the client's body. (Jetty 12.1 reports
     * the malformed framings a client can send as an early end, so over HTTP only that branch is reached.)
     */
    @Test
    void aBodyTheClientBrokeIsA400AndAnyOtherFailureIsNot() {
        Map<String, String> headers = new LinkedHashMap<>();
        io.javalin.http.Context ctx = postWithLength(-1, headers);
        DecisionServer.Refusal bad = TimeLimits.brokenBody(ctx, new IOException("read",
                new BadMessageException(400, "Bad chunk")), 12);
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.detail.in(Language.EN)).isEqualTo("the body is malformed (Bad chunk); it could not be read past"
                + " its first 12 bytes");
        assertThat(headers).containsEntry("Connection", "close");
        // the edges of 4xx: 400 and 499 are the client's; a code without a reason is named by its number
        assertThat(TimeLimits.brokenBody(ctx, new HttpException.RuntimeException(499), 0).detail.in(Language.EN))
                .isEqualTo("the body is malformed (499); it could not be read past its first 0 bytes");
        // an early end is an early end, though Jetty's exception for it (HttpConnection.HttpEofException) is an
        // HttpException of code 400 too
        final class EarlyEof extends EofException implements HttpException {
            EarlyEof() {
                super("Early EOF");
            }

            @Override
            public int getCode() {
                return 400;
            }

            @Override
            public String getReason() {
                return getMessage();
            }
        }
        DecisionServer.Refusal early = TimeLimits.brokenBody(postWithLength(50, headers),
                new IOException(new EarlyEof()), 20);
        assertThat(early.detail.in(Language.EN)).isEqualTo("the body ended early: 20 of the 50 bytes its"
                + " Content-Length declares arrived");
        headers.clear();
        for (Throwable other : new Throwable[] {new IOException("Connection reset"),
                new HttpException.RuntimeException(500, "Server Error"),
                new IOException(new HttpException.RuntimeException(503, "Unavailable"))}) {
            assertThat(TimeLimits.brokenBody(ctx, other, 0)).as(String.valueOf(other)).isNull();
        }
        assertThat(headers).isEmpty();
    }

    /**
     * A {@code POST /v1/evaluate} whose body declares {@code length} bytes ({@code -1}: chunked), recording the
     * headers of its answer in {@code answerHeaders}: all that a refusal of its body reads.
     */
    static io.javalin.http.Context postWithLength(long length, Map<String, String> answerHeaders) {
        Object request = proxy(jakarta.servlet.http.HttpServletRequest.class, (p, m, a) -> switch (m.getName()) {
            case "getMethod" -> "POST";
            case "getRequestURI" -> "/v1/evaluate";
            case "getContentLengthLong" -> length;
            case "getHeader" -> null;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        Object response = proxy(jakarta.servlet.http.HttpServletResponse.class, (p, m, a) -> {
            if (m.getName().equals("setHeader")) {
                answerHeaders.put((String) a[0], (String) a[1]);
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        return proxy(io.javalin.http.Context.class, (p, m, a) -> switch (m.getName()) {
            case "req" -> request;
            case "res" -> response;
            default -> {
                if (m.isDefault()) {
                    yield InvocationHandler.invokeDefault(p, m, a);
                }
                throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(HttpHelpersTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /**
     * The batches at once share a quarter of the heap for their checks for repeated applicants: 2 of 2 GiB, 256 MiB.
     */
    @Test
    void batchesAtOnceShareAQuarterOfTheHeapForTheirRepeatChecks() {
        assertThat(DecisionServer.repeatCheckBytes(2L << 30, 2)).isEqualTo(256L << 20);
        assertThat(DecisionServer.repeatCheckBytes(2L << 30, 1)).isEqualTo(512L << 20);
        assertThat(DecisionServer.repeatCheckBytes(3, 8)).as("never nothing").isEqualTo(1);
    }
}
