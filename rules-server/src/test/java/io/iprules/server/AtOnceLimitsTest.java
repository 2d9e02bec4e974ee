package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What many clients at once can hold, and what the one more is answered: the batches evaluated at once, the
 * {@code POST}s handled at once and the large bodies among them ({@link Admission}), each bounded, the one over it
 * answered 503 with {@code Retry-After} in problem JSON, and {@code GET}s answered meanwhile.
 *
 * <p>A request holding its place is a raw connection sent with {@code Expect: 100-continue}: Jetty sends
 * {@code 100 Continue} only once the service starts reading the body, so that by then it has its place. The limits
 * are set to 1 here, and the wait for a place to the request timeout, small: no assertion depends on how fast
 * anything runs.
 */
class AtOnceLimitsTest {
    static final String APP = "https://app.example.gov.cn";
    static RulesEngine engine;
    static HttpClient http;
    static byte[] example;

    @BeforeAll
    static void engine() throws IOException {
        engine = RulesEngine.builder().build();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        example = Files.readAllBytes(DecisionServerTest.examples().get(0));
    }

    /** A server over the engine with {@code settings}, on a free loopback port (each test starts its own). */
    static DecisionServer server(DecisionServer.Settings settings) {
        return new DecisionServer(engine, settings, DecisionServerTest.CLOCK).start("127.0.0.1", 0);
    }

    /**
     * A heap too small for a batch (an {@link OutOfMemoryError} met evaluating a chunk) stops that batch, not the
     * service: before its answer began it is a 503 in words, with {@code Retry-After}; after, the transfer is cut off
     * without the summary trailer; either way the service answers the next request, and the log says what happened
     * where Jetty had logged an uncaught error.
     */
    @Test
    void aBatchThatRunsOutOfMemoryIsStoppedAndTheServiceGoesOn() throws Exception {
        RulesEngine heapless =
                (RulesEngine) java.lang.reflect.Proxy.newProxyInstance(RulesEngine.class.getClassLoader(),
                new Class<?>[] {RulesEngine.class}, (proxy, method, args) -> {
                    if (method.getName().equals("evaluateAll") && !((List<?>) args[0]).isEmpty()) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        String valid = new String(example, StandardCharsets.UTF_8).replaceAll("\\s*\n\\s*", " ").strip() + "\n";
        try (LogLines log = new LogLines(LogLines.SERVICE, "org.eclipse.jetty", "io.javalin");
                DecisionServer s = new DecisionServer(heapless, DecisionServer.Settings.defaults(),
                        DecisionServerTest.CLOCK).start("127.0.0.1", 0)) {
            HttpResponse<String> first = post(s, "/v1/batch", "application/x-ndjson",
                    valid.getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
            JsonNode p = DecisionServerTest.assertProblem(first, 503);
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            assertThat(p.get("detail").asText()).isEqualTo("the service ran out of memory for this batch (Java's "
                    + "heap is at most " + heapMb + " MB); try again later, or in smaller batches");
            assertThat(first.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(first.headers().firstValue("Trailer")).isEmpty();

            // chunks of lines no policy evaluates answered and sent (the workers run a few chunks ahead of the
            // writing), then the heap runs out
            String answered = "{\"policy\":\"none\"}\n".repeat(20_000);
            HttpResponse<String> cut;
            try {
                cut = post(s, "/v1/batch", "application/x-ndjson",
                        (answered + valid).getBytes(StandardCharsets.UTF_8));
                assertThat(cut.statusCode()).isEqualTo(200);
                assertThat(cut.body().lines().count()).as("the line the heap ran out on is not answered")
                        .isLessThan(20_001);
            } catch (IOException e) {
                // the transfer cut off: what a client sees of a batch that did not end
            }
            assertThat(http.send(HttpRequest.newBuilder(URI.create(s.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            String said = "batch: out of memory (Java's heap is at most " + heapMb + " MB): the batch was stopped";
            assertThat(log.messages()).filteredOn(said::equals).hasSize(2);
            // no uncaught error of Jetty's or Javalin's: the service's own line says it all
            assertThat(log.events()).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                    .extracting(e -> e.getFormattedMessage()).containsExactly(said, said);
        }
    }

    /**
     * A batch over the most evaluated at once, streamed or of more than 64 KiB, is answered 503 at once (a place may
     * take hours to free) with {@code Retry-After: 10}; a small one of a known length waits its turn, and is answered
     * 503 with {@code Retry-After: 1} when no place frees within the request timeout.
     */
    @Test
    void aBatchOverTheMostAtOnceIs503AtOnceWithRetryAfter() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxBatches(1)
                .withRequestTimeout(Duration.ofMillis(300));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdBatchPlace(first); // the one place

            // refusals read before their bodies are sent: a client still writing a body the server has refused
            // may get a broken pipe instead of the answer
            DecisionServerTest.Refused second = refused(s, "Transfer-Encoding: chunked\r\nAccept-Language: en");
            assertThat(second.problem().get("detail").asText()).isEqualTo("the service is busy: the most batches it "
                    + "evaluates at once (1) are being evaluated; try again later");
            assertThat(second.head().split("\r\n")).contains("retry-after: 10")
                    .noneMatch(h -> h.startsWith("trailer:"));
            assertThat(refused(s, "Transfer-Encoding: chunked").problem().get("detail").asText())
                    .isEqualTo("服务繁忙:同时评估的批量请求已达上限(1 个);请稍后再试");
            int small = DecisionServer.Settings.LARGE_BODY_BYTES;
            assertThat(refused(s, "Content-Length: " + (small + 1)).head().split("\r\n")).contains("retry-after: 10");

            // a small batch of a known length (no body at all is a length of 0) waits its turn, then is refused
            // when no place freed in time
            for (String length : List.of("Content-Length: " + small, "Content-Length: 0", "Accept: */*")) {
                long began = System.nanoTime();
                DecisionServerTest.Refused waited = refused(s, length + "\r\nAccept-Language: en");
                assertThat(Duration.ofNanos(System.nanoTime() - began)).as(length)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
                assertThat(waited.problem().get("detail").asText()).as(length).isEqualTo("the service is busy: the "
                        + "most batches it evaluates at once (1) are being evaluated, and no place freed within 300 ms "
                        + "for this one; try again later");
                assertThat(waited.head().split("\r\n")).as(length).contains("retry-after: 1");
            }
            assertThat(refused(s, "Content-Length: 1").problem().get("detail").asText())
                    .isEqualTo("服务繁忙:同时评估的批量请求已达上限(1 个),在 300 ms 内没有空出位置;请稍后再试");

            // the first is whole, its summary in the trailer; its place is then free again
            String whole = endHeldBatch(first, out);
            assertThat(whole).startsWith("HTTP/1.1 200 ").contains("\"line\":1,")
                    .contains(DecisionServer.SUMMARY_TRAILER + ": {\"requests\":1,");
            HttpResponse<String> third = post(s, "/v1/batch", "application/x-ndjson",
                    "not json\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(third.body()).startsWith("{\"line\":1,\"error\"");
        }
    }

    /**
     * A small batch of a known length over the most evaluated at once waits its turn, and is answered once the batch
     * holding the place ends: many clients sending small batches are served, not refused most of the time.
     */
    @Test
    void aSmallBatchOverTheMostWaitsItsTurnAndIsAnsweredWhenAPlaceFrees() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxBatches(1)
                .withRequestTimeout(Duration.ofSeconds(60));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdBatchPlace(first);
            CompletableFuture<HttpResponse<String>> second = smallBatchWaiting(s);
            Thread.sleep(300);
            assertThat(second).as("it waits for the place the first batch holds").isNotDone();

            assertThat(endHeldBatch(first, out)).startsWith("HTTP/1.1 200 ");
            HttpResponse<String> answered = second.get(30, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).startsWith("{\"line\":1,\"error\"");
        }
    }

    /**
     * At most as many small batches wait for a place as large bodies are read at once: each holds a Jetty thread and
     * a place among the POSTs, which /v1/evaluate needs too; one more is refused at once, and the one waiting is still
     * answered when the place frees.
     */
    @Test
    void smallBatchesWaitingAreAsManyAsLargeBodiesAtMost() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxBatches(1)
                .withMaxRequests(125, 1).withRequestTimeout(Duration.ofSeconds(60));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdBatchPlace(first);
            CompletableFuture<HttpResponse<String>> waiting = smallBatchWaiting(s);

            DecisionServerTest.Refused more = refused(s, "Content-Length: 9\r\nAccept-Language: en");
            assertThat(more.problem().get("detail").asText()).isEqualTo("the service is busy: the most batches it "
                    + "evaluates at once (1) are being evaluated, and as many small batches as may wait for a place "
                    + "(1) wait; try again later");
            assertThat(more.head().split("\r\n")).contains("retry-after: 1");
            assertThat(refused(s, "Content-Length: 9").problem().get("detail").asText())
                    .isEqualTo("服务繁忙:同时评估的批量请求已达上限(1 个),且已有 1 个小批量在等候位置;请稍后再试");
            assertThat(waiting).isNotDone();

            assertThat(endHeldBatch(first, out)).startsWith("HTTP/1.1 200 ");
            assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    /**
     * A small batch whose wait for a place ends while the service stops is told the service stops, without a
     * {@code Retry-After}: the port is closing, and no place will free for it there. It had been told "busy, retry in
     * 1 s". The batch holding the place is still answered whole.
     */
    @Test
    void aSmallBatchWhoseWaitEndsWhileTheServiceStopsIsToldItStops() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxBatches(1)
                .withRequestTimeout(Duration.ofSeconds(2));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdBatchPlace(first);
            CompletableFuture<HttpResponse<String>> waiting = smallBatchWaiting(s);
            int port = s.port();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::stop);
            GracefulStopTest.await(() -> !GracefulStopTest.listens(port));

            HttpResponse<String> told = waiting.get(30, TimeUnit.SECONDS);
            assertThat(told.statusCode()).isEqualTo(503);
            assertThat(told.headers().firstValue("Retry-After")).isEmpty();
            assertThat(DecisionServerTest.JSON.readTree(told.body()).get("detail").asText()).isEqualTo("服务正在停止");

            assertThat(endHeldBatch(first, out)).startsWith("HTTP/1.1 200 ")
                    .contains(DecisionServer.SUMMARY_TRAILER + ": {\"requests\":1,");
            stopping.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * A POST without a length and not in chunks has no body (RFC 9112 §6.3): it takes no place among the large
     * bodies, so it is answered while a streamed batch holds the only one.
     */
    @Test
    void aPostWithNoBodyIsNoLargeBody() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxRequests(125, 1)
                .withRequestTimeout(Duration.ofMillis(300));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port());
             Socket second = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdBatchPlace(first); // the one large body, and one of two batch places
            second.setSoTimeout(30_000);
            second.getOutputStream().write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/x-ndjson\r\nTE: trailers\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(GracefulStopTest.readToEnd(second.getInputStream())).startsWith("HTTP/1.1 200 ")
                    .contains(DecisionServer.SUMMARY_TRAILER + ": {\"requests\":0,");
            assertThat(endHeldBatch(first, out)).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void postsOverTheMostAtOnceWaitTheirTurnThen503WhileGetsAreAnswered() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxRequests(1, 16)
                .withRequestTimeout(Duration.ofMillis(500)).withCorsOrigins(List.of(APP));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            // a small body arriving slowly: it holds a Jetty thread, and the one place for a POST
            OutputStream out = holdPlace(first, "POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 2\r\nConnection: close\r\n");

            // what is not a POST is answered as ever
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(
                    s.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            // one more waits for a place (500 ms here), none frees: 503, in the language asked (Chinese by default),
            // readable by a page of an allowed origin, and varying as every answer of the service does
            HttpResponse<String> second = post(s, "/v1/evaluate", "application/json", example, "Origin", APP);
            JsonNode p = DecisionServerTest.assertProblem(second, 503);
            assertThat(p.get("title").asText()).isEqualTo("服务不可用");
            assertThat(p.get("detail").asText()).isEqualTo("服务繁忙:同时处理的请求已达上限(1 个),没有及时空出位置;请稍后再试");
            assertThat(p.get("instance").asText()).isEqualTo("/v1/evaluate");
            assertThat(second.headers().firstValue("Content-Language")).hasValue("zh");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(second.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
            assertThat(second.headers().firstValue("Vary")).hasValue("Origin, Accept-Language, Accept-Encoding");
            HttpResponse<String> english = post(s, "/v1/report", "application/json", example, "Accept-Language", "en");
            assertThat(DecisionServerTest.assertProblem(english, 503).get("detail").asText()).isEqualTo(
                    "the service is busy: the most requests it handles at once (1) are being handled, and no place "
                            + "freed in time for this one; try again later");

            // the first ends (its body is no request: 400); the next POST has its place
            out.write('}');
            out.flush();
            assertThat(GracefulStopTest.readToEnd(first.getInputStream())).startsWith("HTTP/1.1 400 ");
            HttpResponse<String> third = post(s, "/v1/evaluate", "application/json", example);
            assertThat(third.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPostWaitingForItsTurnIsAnsweredWhenAPlaceFrees() throws Exception {
        // a wait as long as the test's own: the place frees long before it is over
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxRequests(1, 16)
                .withRequestTimeout(Duration.ofSeconds(60));
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            OutputStream out = holdPlace(first, "POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 2\r\nConnection: close\r\n");
            CompletableFuture<HttpResponse<String>> second = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(s.url() + "/v1/evaluate")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(example)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (s.requestsWaiting() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(s.requestsWaiting()).as("the second POST waits for its turn").isEqualTo(1);
            assertThat(second).isNotDone();

            out.write('}');
            out.flush();
            assertThat(GracefulStopTest.readToEnd(first.getInputStream())).startsWith("HTTP/1.1 400 ");
            HttpResponse<String> answered = second.get(30, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).isEqualTo(new JsonContract(engine).writePretty(new JsonContract(engine)
                    .evaluate(example, DecisionServerTest.TODAY, null), Language.ZH, false) + "\n");
            assertThat(s.requestsWaiting()).isZero();
        }
    }

    /**
     * Every {@code POST} taken on at once has a place on the evaluation pool: as many slow evaluations as the service
     * takes on, far more than its threads, each wait their turn and are answered, none refused as a full pool. The
     * pool is the one the service builds for its settings. Its queue had 16 places a thread, with the threads 68 on
     * 2 cores, where 72 are taken on here; on 4 cores or more, 125 (half of Jetty's threads, each request holding
     * one).
     */
    @Test
    void everyPostTakenOnHasAPlaceOnTheEvaluationPool() throws Exception {
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        int atOnce = Math.min(17 * threads + 4, 125);
        CountDownLatch release = new CountDownLatch(1);
        RulesEngine held = (RulesEngine) java.lang.reflect.Proxy.newProxyInstance(RulesEngine.class.getClassLoader(),
                new Class<?>[] {RulesEngine.class}, (proxy, method, args) -> {
                    if (method.getName().equals("evaluate")) {
                        release.await();
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxRequests(atOnce, 16)
                .withRequestTimeout(Duration.ofSeconds(60));
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(settings.maxRequests());
        try (DecisionServer s = new DecisionServer(held, settings, DecisionServerTest.CLOCK, pool)
                .start("127.0.0.1", 0)) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            try { // released before the server stops, which waits for the evaluations it holds
                for (int i = 0; i < atOnce; i++) {
                    answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(s.url() + "/v1/evaluate"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofByteArray(example))
                            .build(), HttpResponse.BodyHandlers.ofString()));
                }
                // every one on the pool, evaluating or queued, before any is let go; one refused ends the wait
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (pool.getActiveCount() + pool.getQueue().size() < atOnce
                        && answers.stream().noneMatch(CompletableFuture::isDone) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            } finally {
                release.countDown();
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void largeBodiesOverTheMostAtOnceWaitTheirTurnThen503WhileSmallOnesAreRead() throws Exception {
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withMaxRequests(125, 1)
                .withRequestTimeout(Duration.ofMillis(500));
        int large = DecisionServer.Settings.LARGE_BODY_BYTES + 1;
        try (DecisionServer s = server(settings); Socket first = new Socket("127.0.0.1", s.port())) {
            // a body of more than 64 KiB arriving slowly: it holds the one place for a large body
            OutputStream out = holdPlace(first, "POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + large + "\r\nConnection: close\r\n");

            // a small one is read and evaluated meanwhile
            HttpResponse<String> small = post(s, "/v1/evaluate", "application/json", example);
            assertThat(small.statusCode()).isEqualTo(200);
            // a large one waits (500 ms), no place frees: 503, its body left unread; sent in chunks (its length
            // unknown) it is a large one too
            byte[] notJson = "x".repeat(large).getBytes(StandardCharsets.US_ASCII);
            HttpResponse<String> second = post(s, "/v1/evaluate", "application/json", notJson, "Accept-Language", "en");
            JsonNode p = DecisionServerTest.assertProblem(second, 503);
            assertThat(p.get("detail").asText()).isEqualTo("the service is busy: the most requests with a body of "
                    + "more than 64 KiB (or sent in chunks) it reads at once (1) are being read, and no place freed in "
                    + "time for this one; try again later");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(s.url()
                            + "/v1/batch")).header("Content-Type", "application/x-ndjson").POST(HttpRequest
                            .BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[] {'\n'})))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(DecisionServerTest.assertProblem(chunked, 503).get("detail").asText())
                    .isEqualTo("服务繁忙:请求体超过 64 KiB(或分块发送)的请求,同时读取已达上限(1 个),没有及时空出位置;请稍后再试");

            // the first ends; the next large body has its place, and is read (not JSON: 400)
            out.write(notJson, 1, large - 1);
            out.flush();
            assertThat(GracefulStopTest.readToEnd(first.getInputStream())).startsWith("HTTP/1.1 400 ");
            DecisionServerTest.assertProblem(post(s, "/v1/evaluate", "application/json", notJson), 400);
        }
    }

    /**
     * Sends {@code head} (its lines, without the blank line that ends it) with {@code Expect: 100-continue} and the
     * first byte of a body, once the service has answered {@code 100 Continue}: the request is then being handled,
     * its body read. Returns the connection's output, to send the rest.
     */
    static OutputStream holdPlace(Socket socket, String head) throws IOException {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write((head + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(head(socket.getInputStream())).startsWith("HTTP/1.1 100 ");
        boolean chunked = head.contains("Transfer-Encoding: chunked");
        out.write((chunked ? "1\r\n{\r\n" : "{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return out;
    }

    /** The head of an answer read off the wire, up to the blank line that ends it. */
    static String head(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("the answer ended early: " + b).isNotNegative();
            b.append((char) c);
        }
        return b.toString();
    }

    /**
     * A batch streaming its lines on {@code socket}, its first line begun: the service has begun to read it, so it
     * holds a batch place until its client ends it (its line {@code {not json}} then answered as an error).
     */
    private static OutputStream holdBatchPlace(Socket socket) throws IOException {
        return holdPlace(socket, "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson"
                + "\r\nTransfer-Encoding: chunked\r\nTE: trailers\r\nConnection: close\r\n");
    }

    /** Ends the batch {@link #holdBatchPlace} began on {@code socket} (its one line {@code {not json}}): its answer. */
    private static String endHeldBatch(Socket socket, OutputStream out) throws IOException {
        out.write("9\r\nnot json\n\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return GracefulStopTest.readToEnd(socket.getInputStream());
    }

    /**
     * A one-line batch of a known length sent to {@code s} while another holds its only place: returned once it has
     * reached the service, where it waits.
     */
    private static CompletableFuture<HttpResponse<String>> smallBatchWaiting(DecisionServer s) throws Exception {
        CompletableFuture<HttpResponse<String>> sent = http.sendAsync(HttpRequest.newBuilder(
                        URI.create(s.url() + "/v1/batch")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray("not json\n".getBytes(StandardCharsets.US_ASCII)))
                .build(), HttpResponse.BodyHandlers.ofString());
        GracefulStopTest.await(() -> s.requestsInFlight() == 2);
        return sent;
    }

    /** A batch to {@code s} sent without its body, with {@code headers}, answered 503 before it is read. */
    private static DecisionServerTest.Refused refused(DecisionServer s, String headers) throws Exception {
        return DecisionServerTest.refusedBeforeTheBody(s.port(), "/v1/batch", "application/x-ndjson", headers, 503);
    }

    static HttpResponse<String> post(DecisionServer s, String path, String type, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
