package io.iprules.benchmarks;

import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.server.DecisionServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load on the decision service: N concurrent clients on loopback posting the example requests to {@code POST
 * /v1/evaluate}, bounded in count and time, against the same work done by N threads on the in-process engine
 * (read, evaluate, write the result as JSON), in one run and one JVM. Prints requests per second and p50 / p99
 * latency of both. Every HTTP answer is checked against the in-process bytes. Run by {@code
 * benchmarks/serve-load.sh}; not run by the tests.
 *
 * <p>Arguments: {@code [clients=50] [requests=20000] [seconds=60] [warmup=3000]}.
 */
public final class ServerLoad {
    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        List<byte[]> bodies = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/requests"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(p));
            }
        }
        RulesEngine engine = RulesEngine.builder().build();
        JsonContract contract = new JsonContract(engine);
        LocalDate today = LocalDate.now();
        List<String> expected = new ArrayList<>();
        for (byte[] b : bodies) {
            expected.add(contract.writePretty(contract.evaluate(b, today, null), Language.ZH, false) + "\n");
        }
        System.out.printf("%d clients, %d requests (bounded by %d s), %d example requests cycled, %d cores, %s%n",
                clients, requests, seconds, bodies.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        Work inProcess = i -> {
            byte[] b = bodies.get(i % bodies.size());
            EvaluationResult r = contract.evaluate(b, today, null);
            String out = contract.writePretty(r, Language.ZH, false) + "\n";
            return out.equals(expected.get(i % bodies.size()));
        };
        run("in-process (warm-up)", clients, warmup, seconds, inProcess);
        Result local = run("in-process engine", clients, requests, seconds, inProcess);

        try (DecisionServer server = new DecisionServer(engine, DecisionServer.Settings.defaults(),
                Clock.systemDefaultZone()).start("127.0.0.1", 0)) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluate");
            ThreadLocal<HttpClient> http = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
            Work overHttp = i -> {
                HttpResponse<String> r = http.get().send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size()))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return r.statusCode() == 200 && r.body().equals(expected.get(i % bodies.size()));
            };
            run("HTTP (warm-up)", clients, warmup, seconds, overHttp);
            Result remote = run("HTTP POST /v1/evaluate", clients, requests, seconds, overHttp);
            System.out.printf("%nHTTP ÷ in-process: throughput %.2f, p50 latency × %.1f, p99 latency × %.1f%n",
                    remote.perSecond / local.perSecond, remote.p50 / local.p50, remote.p99 / local.p99);
        }
    }

    interface Work {
        boolean call(int i) throws Exception;
    }

    record Result(double perSecond, double p50, double p99) {
    }

    private static Result run(String name, int clients, int requests, int seconds, Work work) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong wrong = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch finished = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = work.call(i);
                        } catch (Exception e) {
                            ok = false;
                        }
                        latencies[i] = System.nanoTime() - t0;
                        if (!ok) {
                            wrong.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int n = done.get();
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        double p50 = measured[(int) Math.floor(0.50 * (measured.length - 1))] / 1e6;
        double p99 = measured[(int) Math.floor(0.99 * (measured.length - 1))] / 1e6;
        double perSecond = n / elapsed;
        System.out.printf("%-24s %7d requests in %6.2f s: %9.0f/s   p50 %7.2f ms   p99 %7.2f ms   wrong or failed: "
                + "%d%n",
                name, n, elapsed, perSecond, p50, p99, wrong.get());
        return new Result(perSecond, p50, p99);
    }
}
