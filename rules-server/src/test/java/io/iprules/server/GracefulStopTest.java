package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the README promises of a stop (SIGTERM): it stops listening at once, idle kept-alive connections are closed,
 * and the requests in flight finish (up to the stop timeout), also those whose body is still arriving — an upload, a
 * batch whose client pauses between lines — for longer than Jetty's one second of idle time on a stop.
 */
class GracefulStopTest {
    static RulesEngine engine;
    static JsonContract contract;

    @BeforeAll
    static void engine() {
        engine = RulesEngine.builder().build();
        contract = new JsonContract(engine);
    }

    /** A request whose body is half sent when the service stops still gets its whole answer, the same bytes. */
    @Test
    void aRequestWhoseBodyIsStillArrivingWhenTheServiceStopsIsAnswered() throws Exception {
        byte[] request = Files.readAllBytes(DecisionServerTest.examples().get(0));
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults(), DecisionServerTest.CLOCK)
                .start("127.0.0.1", 0);
        int half = request.length / 2;
        try (Socket client = new Socket("127.0.0.1", s.port())) {
            client.setSoTimeout(60_000);
            OutputStream out = client.getOutputStream();
            out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + request.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(request, 0, half);
            out.flush();
            CompletableFuture<Void> stopping = stopWhileInFlight(s);
            out.write(request, half, request.length - half);
            out.flush();
            String answer = readToEnd(client.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\r\nConnection: close\r\n");
            assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4))
                    .isEqualTo(contract.writePretty(contract.evaluate(request, DecisionServerTest.TODAY, null),
                            Language.ZH, false) + "\n");
            stopping.get(60, TimeUnit.SECONDS);
        } finally {
            s.stop();
        }
    }

    /**
     * A batch whose client pauses between its lines when the service stops is whole, summary trailer included. Its
     * first line is answered while the client pauses, before the stop: the answer has begun, so it cannot say
     * {@code Connection: close}; the service closes the connection once the batch is answered.
     */
    @Test
    void aBatchWhoseClientPausesWhenTheServiceStopsIsWhole() throws Exception {
        byte[] line = (new String(Files.readAllBytes(DecisionServerTest.examples().get(0)), StandardCharsets.UTF_8)
                .replaceAll("\\s*\\n\\s*", " ").strip() + "\n").getBytes(StandardCharsets.UTF_8);
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults(), DecisionServerTest.CLOCK)
                .start("127.0.0.1", 0);
        try (Socket client = new Socket("127.0.0.1", s.port())) {
            client.setSoTimeout(60_000);
            OutputStream out = client.getOutputStream();
            out.write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunkOf(line)); // the first line, not the last chunk
            out.flush();
            String begun = readUntil(client.getInputStream(), "\"line\":1}");
            CompletableFuture<Void> stopping = stopWhileInFlight(s);
            out.write(chunkOf(line));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = begun + readToEnd(client.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"line\":1}").contains("\"line\":2}")
                    .contains("\r\n" + DecisionServer.SUMMARY_TRAILER + ": {\"requests\":2,\"evaluated\":2,")
                    .endsWith("\r\n\r\n");
            stopping.get(60, TimeUnit.SECONDS);
        } finally {
            s.stop();
        }
    }

    /**
     * A request that arrived before the stop but waits for its turn (the most requests at once are being handled) is in
     * flight too: once a place frees it is answered, not refused as one sent after the stop. It was answered 503 "the
     * service is stopping": the refusal looked at whether the service was stopping when the request reached its
     * route, not when it arrived; on a busy machine a request with a place could be refused the same way.
     */
    @Test
    void aRequestWaitingForItsTurnWhenTheServiceStopsIsAnsweredOnceAPlaceFrees() throws Exception {
        byte[] request = Files.readAllBytes(DecisionServerTest.examples().get(0));
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults().withMaxRequests(1, 16)
                .withRequestTimeout(Duration.ofSeconds(60)), DecisionServerTest.CLOCK).start("127.0.0.1", 0);
        String head = "POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + request.length + "\r\n\r\n";
        try (Socket first = new Socket("127.0.0.1", s.port()); Socket second = new Socket("127.0.0.1", s.port())) {
            first.setSoTimeout(60_000);
            second.setSoTimeout(60_000);
            OutputStream out = first.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(request, 0, request.length / 2); // the only place, held while its body arrives
            out.flush();
            await(() -> s.requestsInFlight() == 1);
            second.getOutputStream().write(DecisionServerTest.concat(head.getBytes(StandardCharsets.US_ASCII),
                    request));
            await(() -> s.requestsWaiting() == 1);

            int port = s.port();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::stop);
            await(() -> !listens(port));
            out.write(request, request.length / 2, request.length - request.length / 2);
            out.flush();
            String expected = contract.writePretty(contract.evaluate(request, DecisionServerTest.TODAY, null),
                    Language.ZH, false) + "\n";
            for (Socket client : List.of(first, second)) {
                String answer = readToEnd(client.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\r\nConnection: close\r\n");
                assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).isEqualTo(expected);
            }
            stopping.get(60, TimeUnit.SECONDS);
        } finally {
            s.stop();
        }
    }

    /** The idle kept-alive connections are still closed at once: a stop with nothing in flight does not wait. */
    @Test
    void anIdleKeptAliveConnectionIsClosedAndDoesNotHoldTheStop() throws Exception {
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults(), DecisionServerTest.CLOCK)
                .start("127.0.0.1", 0);
        try (Socket client = new Socket("127.0.0.1", s.port())) {
            client.setSoTimeout(60_000);
            client.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = client.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200 ").doesNotContain("Connection: close");
            int length = Integer.parseInt(head.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
            assertThat(in.readNBytes(length)).hasSize(length);
            long start = System.nanoTime();
            s.stop();
            // well within the 30 s the stop would wait for a connection it took for busy
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertThat(in.read()).isEqualTo(-1);
        } finally {
            s.stop();
        }
    }

    /**
     * A request sent on an idle kept-alive connection once the stop has begun (in the second before that connection
     * is closed) is refused: 503, the service is stopping, in the language asked, and the connection closed.
     */
    @Test
    void aRequestSentOnAKeptAliveConnectionOnceTheStopHasBegunIsRefused() throws Exception {
        String answer = sentOnceStopping(DecisionServer.Settings.defaults(), "Accept-Language: en\r\n");
        assertThat(answer).contains("\r\nContent-Language: en\r\n")
                .contains("\r\nVary: Accept-Language, Accept-Encoding\r\n")
                .doesNotContain("Access-Control-Allow-Origin");
        com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).isEqualTo("the service is stopping");
        assertThat(problem.get("instance").asText()).isEqualTo("/health");
    }

    /** A web page of an allowed origin can read that 503 (it could not: the stop answered outside the CORS handler). */
    @Test
    void anAllowedOriginReadsTheRefusalOfAStoppingService() throws Exception {
        String answer = sentOnceStopping(DecisionServer.Settings.defaults().withCorsOrigins(List.of(
                CrossOriginTest.APP)), "Origin: " + CrossOriginTest.APP + "\r\n");
        assertThat(answer).contains("\r\nAccess-Control-Allow-Origin: " + CrossOriginTest.APP + "\r\n")
                .contains("\r\nVary: Origin, Accept-Language, Accept-Encoding\r\n")
                .contains("\r\nContent-Language: zh\r\n").contains("\"服务正在停止\"");
    }

    /**
     * The answer to a {@code GET /health} with {@code headers} sent on a kept-alive connection once the stop of a
     * service with {@code settings} has begun: a 503 problem that closes the connection.
     */
    private static String sentOnceStopping(DecisionServer.Settings settings, String headers) throws Exception {
        DecisionServer s = new DecisionServer(engine, settings, DecisionServerTest.CLOCK).start("127.0.0.1", 0);
        int port = s.port();
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.setSoTimeout(60_000);
            OutputStream out = client.getOutputStream();
            InputStream in = client.getInputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200 ");
            int length = Integer.parseInt(head.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
            assertThat(in.readNBytes(length)).hasSize(length);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::stop);
            await(() -> !listens(port));
            out.write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readToEnd(in);
            assertThat(answer).startsWith("HTTP/1.1 503 ").contains("\r\nConnection: close\r\n")
                    .contains("\r\nContent-Type: application/problem+json");
            stopping.get(60, TimeUnit.SECONDS);
            return answer;
        } finally {
            s.stop();
        }
    }

    /**
     * A request still in flight when the stop timeout passes (its client sends nothing more) is cut off, as the stop
     * timeout is for: the stop ends there, without an exception (Jetty stops all the same, then reports the timeout,
     * which Javalin threw on, so that the stop's caller, the command's shutdown hook, died with a stack trace).
     */
    @Test
    void aStopWhoseTimeoutPassesWithARequestInFlightCutsItOffAndEnds() throws Exception {
        DecisionServer s = new DecisionServer(engine, new DecisionServer.Settings(JsonContract.MAX_REQUEST_BYTES,
                1L << 30, 2, Duration.ofSeconds(30), Duration.ofMillis(500)), DecisionServerTest.CLOCK)
                .start("127.0.0.1", 0);
        int port = s.port();
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.setSoTimeout(60_000);
            OutputStream out = client.getOutputStream();
            out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await(() -> s.requestsInFlight() == 1);
            org.assertj.core.api.Assertions.assertThatCode(s::stop).doesNotThrowAnyException();
            readToEnd(client.getInputStream()); // the connection is closed: the read ends
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                    .isInstanceOf(ConnectException.class);
        } finally {
            s.stop();
        }
    }

    /**
     * Stops {@code s} on another thread once a request is in flight; returns when it no longer listens, its in-flight
     * connection having then been silent for twice Jetty's idle time on a stop.
     */
    static CompletableFuture<Void> stopWhileInFlight(DecisionServer s) throws Exception {
        await(() -> s.requestsInFlight() == 1);
        int port = s.port();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::stop);
        await(() -> !listens(port));
        // the client silent past the second Jetty would give a connection on a stop: a wait whose outcome does not
        // depend on the machine's speed (it is 30 s, the idle timeout, that the connection must not reach)
        Thread.sleep(2 * InFlight.IDLE_ON_STOP_MILLIS);
        assertThat(stopping).isNotDone();
        return stopping;
    }

    /** Whether a connection to {@code port} is accepted (one refused: the service no longer listens). */
    static boolean listens(int port) {
        try {
            new Socket("127.0.0.1", port).close();
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** What {@code in} brings until it holds {@code wanted} (or ends), as text. */
    static String readUntil(InputStream in, String wanted) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; !got.toString(StandardCharsets.UTF_8).contains(wanted) && (n = in.read(buffer)) >= 0; ) {
            got.write(buffer, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    static byte[] chunkOf(byte[] data) {
        return DecisionServerTest.concat((Integer.toHexString(data.length) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII),
                DecisionServerTest.concat(data, "\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("the head of the answer").isNotEqualTo(-1);
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                got.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a reset connection is a cut-off transfer: what arrived is checked by the caller
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
