package io.iprules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.EvaluationRequest;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Outcome;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.batch.JsonLinesBatch;
import io.iprules.json.JsonContract;
import io.iprules.server.DecisionServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One engine serves many threads: many threads share one engine (and one JSON contract) and interleave every way of
 * asking it — {@code evaluate} of one request, {@code evaluateAll} of lists that mix the five policies (chunks broken
 * where the policy changes, invalid requests among them), JSON Lines batches with their own worker threads, results
 * written in Chinese and English, with and without the rules fired — over requests of all five policies at three
 * as-of dates, the same applicant's request often in two threads at once; and beside it a second engine, built with
 * deployment parameters and a deployment calendar, used by the same threads at the same time (the kit keeps a
 * per-policy index in a static map that both engines' descriptions pass through). Every answer must be the bytes the
 * same request gives evaluated alone, one after another, on an engine built afresh for the comparison (so nothing a
 * shared engine caches can hide a difference). The same over HTTP: concurrent mixed {@code POST /v1/evaluate},
 * {@code /v1/batch} and {@code /v1/report} on two servers (one per engine) against the serial answers of two
 * reference servers.
 *
 * <p>Fixed seeds, no timing assertion: a failure is always a difference of bytes, named by task and item.
 */
class OneEngineManyThreadsTest {
    private static final long SEED = 20261201L;
    private static final int PER_POLICY = 40;
    private static final int THREADS = 8;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    /** Beijing counts working days: a date whose deadlines reach into the deployment's made-up 2027. */
    private static final LocalDate IN_2027 = LocalDate.of(2027, 1, 31);
    private static final Language[] LANGUAGES = Language.values();

    /** A made-up year for this test only (not a State Council notice), as BeijingDeploymentCalendarTest uses. */
    private static final byte[] TEST_ONLY_2027 = """
            { "year": 2027, "source": "test fixture: made up, not a State Council notice",
              "notices": [ { "id": "test-2027", "title": "测试用 2027 年日历(虚构,非国务院通知)",
                             "url": "https://example.invalid/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """.getBytes(StandardCharsets.UTF_8);

    /** The engines shared by the threads, [0] plain and [1] with deployment parameters; and their fresh twins. */
    private static final RulesEngine[] SHARED = new RulesEngine[2];
    private static final RulesEngine[] FRESH = new RulesEngine[2];
    private static final JsonContract[] SHARED_JSON = new JsonContract[2];
    private static final JsonContract[] FRESH_JSON = new JsonContract[2];
    private static List<String> policies;

    @BeforeAll
    static void engines() {
        SHARED[0] = RulesEngine.builder().build();
        SHARED[1] = deployment(SHARED[0]);
        FRESH[0] = RulesEngine.builder().build();
        FRESH[1] = deployment(SHARED[0]);
        for (int e = 0; e < 2; e++) {
            SHARED_JSON[e] = new JsonContract(SHARED[e]);
            FRESH_JSON[e] = new JsonContract(FRESH[e]);
        }
        policies = SHARED[0].policies().stream().map(PolicyDescription::id).toList();
        assertThat(policies).as("the five policies").hasSize(5);
    }

    /** An engine with a deployment's values for open parameters of jiaxing and beijing, and a calendar year file. */
    private static RulesEngine deployment(RulesEngine plain) {
        LocalDate jx = plain.policy("jiaxing-2012").inForceFrom();
        LocalDate bj = plain.policy("beijing-2012").inForceFrom();
        return RulesEngine.builder()
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.INVENTION", jx, "5000", "test")
                .parameter("jiaxing-2012", "JX_PATENT_GRANT.UTILITY_MODEL", jx, "1000", "test")
                .parameter("jiaxing-2012", "JX_SEI_ANNUITY.PER_FEE", jx, "900", "test")
                .parameter("jiaxing-2012", "JX_PLEDGE_LOAN_INTEREST.RATE", jx, "0.5", "test")
                .parameter("jiaxing-2012", "JX_VARIANT.TOP_UP", jx, "1", "test")
                .parameter("jiaxing-2012", "JX_MAXIMUM_LIMIT", jx, "500000", "test")
                .parameter("beijing-2012", "BJ_PLEDGE_LOAN_INTEREST.RATE", bj, "0.4", "test")
                .parameter("beijing-2012", "BJ_IN_FORCE_UNTIL", bj, "2016-12-31", "test")
                .dataFile("calendar", "2027.json", TEST_ONLY_2027)
                .build();
    }

    // ------------------------------------------------------------------------------------------- the Java API

    private enum Kind { ONE, ALL, BATCH }

    /**
     * One piece of work for a thread: requests (indices into the requests) evaluated one by one or as one list, or a
     * batch input; on engine {@code engine}, written in {@code language}, with or without the rules fired.
     */
    private record Task(int id, int engine, Kind kind, List<Integer> requests, byte[] batch, LocalDate batchAsOf,
                        Language language, boolean trace) {
        String describe() {
            return "task " + id + " (" + kind + ", engine " + (engine == 0 ? "plain" : "with parameters") + ", "
                    + language + (trace ? ", trace" : "") + (batchAsOf != null ? ", asOf " + batchAsOf : "") + ")";
        }
    }

    @Test
    void threadsMixingEveryCallOnTwoEnginesGetTheBytesOfSerialRunsOnFreshEngines() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        // every policy's generated population at its own date, a year and a half later, and in 2027
        List<EvaluationRequest> requests = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            for (EvaluationRequest r : Population.of(SHARED[0], policies.get(p), PER_POLICY, SEED + p)) {
                requests.add(r);
                requests.add(new EvaluationRequest(r.policy(), r.asOf().plusMonths(18), r.subjectKey(), r.subject()));
                requests.add(new EvaluationRequest(r.policy(), IN_2027, r.subjectKey(), r.subject()));
            }
        }
        // requests that are not evaluated: an unknown policy, and a subject another policy takes
        int valid = requests.size();
        requests.add(new EvaluationRequest("no-such-policy", TODAY, null, requests.get(0).subject()));
        EvaluationRequest other = requests.stream().filter(r -> !r.policy().equals(requests.get(0).policy()))
                .findFirst().orElseThrow();
        requests.add(new EvaluationRequest(requests.get(0).policy(), TODAY, null, other.subject()));
        requests.add(new EvaluationRequest(other.policy(), LocalDate.of(10000, 1, 1), null, other.subject()));

        List<List<Task>> groups = new ArrayList<>();
        int[] ids = {0};
        // each request alone, twice, on either engine: the two as one group, so that two threads take them at once
        for (int i = 0; i < requests.size(); i++) {
            List<Task> twins = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                twins.add(new Task(ids[0]++, random.nextInt(2), Kind.ONE, List.of(i), null, null,
                        LANGUAGES[random.nextInt(2)], random.nextBoolean()));
            }
            groups.add(twins);
        }
        // lists of 24 requests in runs of one policy (so that chunks form and break), twice over in other orders
        for (int round = 0; round < 2; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(SEED + round));
            for (int from = 0; from < order.size(); from += 24) {
                List<Integer> list = new ArrayList<>(order.subList(from, Math.min(order.size(), from + 24)));
                list.sort((a, b) -> requests.get(a).policy().compareTo(requests.get(b).policy()));
                if (random.nextBoolean()) {
                    Collections.rotate(list, 1 + random.nextInt(list.size())); // a run split in two
                }
                groups.add(List.of(new Task(ids[0]++, random.nextInt(2), Kind.ALL, List.copyOf(list), null, null,
                        LANGUAGES[random.nextInt(2)], random.nextBoolean())));
            }
        }
        // JSON Lines batches of mixed policies in runs, each batch itself on two threads in chunks of 8 lines
        List<byte[]> lines = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            lines.addAll(Population.lines(policies.get(p), 30, SEED + 100 + p));
        }
        for (int b = 0; b < 12; b++) {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            int written = 0;
            while (written < 40) { // runs of 1 to 6 lines of one policy
                int p = random.nextInt(policies.size());
                for (int run = 1 + random.nextInt(6); run > 0 && written < 40; run--, written++) {
                    in.writeBytes(lines.get(p * 30 + random.nextInt(30)));
                    in.write('\n');
                }
            }
            LocalDate asOf = b % 3 == 0 ? IN_2027 : b % 3 == 1 ? LocalDate.of(2017, 12, 31) : null;
            groups.add(List.of(new Task(ids[0]++, b % 2, Kind.BATCH, List.of(), in.toByteArray(), asOf,
                    LANGUAGES[random.nextInt(2)], random.nextBoolean())));
        }

        // the expected bytes: each request alone, one after another, on the fresh engines
        Map<Long, Outcome> alone = new HashMap<>();
        Map<Integer, List<String>> expected = new HashMap<>();
        for (List<Task> group : groups) {
            for (Task t : group) {
                List<String> out = new ArrayList<>();
                if (t.kind() == Kind.BATCH) {
                    out.add(batch(FRESH[t.engine()], t, 1, 1));
                } else {
                    for (int i : t.requests()) {
                        Outcome o = alone.computeIfAbsent((long) t.engine() << 32 | i,
                                k -> FRESH[t.engine()].evaluateAll(List.of(requests.get(i))).get(0));
                        out.add(write(FRESH_JSON[t.engine()], o, t));
                    }
                }
                expected.put(t.id(), out);
            }
        }
        // the comparison means something: the deployment changes decisions of both policies it sets values for
        // (were the engines to share what one of them read from its parameters, it would not), and some requests
        // are refused
        for (String policy : List.of("jiaxing-2012", "beijing-2012")) {
            long differ = alone.entrySet().stream()
                    .filter(e -> (e.getKey() >> 32) == 1 && requests.get((int) (long) e.getKey()).policy()
                            .equals(policy))
                    .filter(e -> {
                        Outcome plain = alone.get(e.getKey() & 0xffffffffL);
                        return plain != null && plain.evaluated() && e.getValue().evaluated()
                                && (plain.result().total().compareTo(e.getValue().result().total()) != 0
                                || plain.result().undetermined() != e.getValue().result().undetermined()
                                || plain.result().warnings().size() != e.getValue().result().warnings().size());
                    }).count();
            assertThat(differ).as("%s: requests whose decision the deployment's parameters change", policy)
                    .isPositive();
        }
        assertThat(alone.values().stream().filter(o -> !o.evaluated()).count()).as("refused").isPositive();
        assertThat(valid).isGreaterThan(500);

        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            Collections.shuffle(groups, new Random(SEED + 10 + round));
            ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
            groups.forEach(queue::addAll);
            Map<Integer, List<String>> actual = new java.util.concurrent.ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < THREADS; w++) {
                    workers.add(pool.submit(() -> {
                        go.await();
                        for (Task t; (t = queue.poll()) != null; ) {
                            try {
                                actual.put(t.id(), run(t, requests));
                            } catch (RuntimeException e) { // told with the task that raised it
                                actual.put(t.id(), List.of("thrown: " + e));
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : workers) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            for (List<Task> group : groups) {
                for (Task t : group) {
                    List<String> want = expected.get(t.id());
                    List<String> got = actual.get(t.id());
                    for (int k = 0; k < want.size(); k++) {
                        String answer = k < got.size() ? got.get(k) : got.get(0);
                        if (!want.get(k).equals(answer)) {
                            failures.add("round " + round + ", " + t.describe() + ", item " + k
                                    + (t.kind() == Kind.BATCH ? "" : " (request " + t.requests().get(k) + ")")
                                    + ":\n  expected " + abbreviate(want.get(k), answer)
                                    + "\n  but got  " + abbreviate(answer, want.get(k)));
                        }
                    }
                }
            }
        }
        assertThat(failures.subList(0, Math.min(5, failures.size())))
                .as("answers that differ from the serial run on a fresh engine (%d in all, the first shown)",
                        failures.size()).isEmpty();
    }

    /** What a thread does with a task on the shared engine. */
    private static List<String> run(Task t, List<EvaluationRequest> requests) {
        RulesEngine engine = SHARED[t.engine()];
        JsonContract json = SHARED_JSON[t.engine()];
        List<String> out = new ArrayList<>();
        switch (t.kind()) {
            case ONE -> {
                EvaluationRequest r = requests.get(t.requests().get(0));
                Outcome o;
                try {
                    o = Outcome.of(engine.evaluate(r));
                } catch (InvalidRequestException e) {
                    o = Outcome.invalid(e.problems());
                }
                out.add(write(json, o, t));
            }
            case ALL -> {
                List<EvaluationRequest> list = t.requests().stream().map(requests::get).toList();
                for (Outcome o : engine.evaluateAll(list)) {
                    out.add(write(json, o, t));
                }
            }
            case BATCH -> out.add(batch(engine, t, 2, 8));
            default -> throw new IllegalStateException();
        }
        return out;
    }

    private static String write(JsonContract json, Outcome o, Task t) {
        return o.evaluated() ? json.write(o.result(), t.language(), t.trace())
                : json.writeError(o.problems(), null, t.language());
    }

    private static String batch(RulesEngine engine, Task t, int threads, int chunk) {
        JsonLinesBatch.Builder b = JsonLinesBatch.builder(engine).language(t.language()).today(TODAY)
                .threads(threads).chunk(chunk).trace(t.trace());
        if (t.batchAsOf() != null) {
            b.asOf(t.batchAsOf());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            b.build().run(new ByteArrayInputStream(t.batch()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code s} around its first difference from {@code other}. */
    private static String abbreviate(String s, String other) {
        int at = 0;
        while (at < s.length() && at < other.length() && s.charAt(at) == other.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 120);
        return "…[" + from + "]" + s.substring(from, Math.min(s.length(), at + 120)) + "…";
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final List<DecisionServer> SERVERS = new ArrayList<>();

    @AfterAll
    static void stopServers() {
        SERVERS.forEach(DecisionServer::stop);
    }

    private static String start(RulesEngine engine) {
        // as many batches at once as clients: the answers under concurrency are what is compared here; one batch
        // over the most at once is a 503 by design (AtOnceLimitsTest), which the serial reference never meets
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults().withMaxBatches(THREADS), CLOCK)
                .start("127.0.0.1", 0);
        SERVERS.add(s);
        return "http://127.0.0.1:" + s.port();
    }

    private record Call(int id, int engine, String path, String type, String accept, Language language, byte[] body) {
    }

    private record Answer(int status, String language, String body) {
    }

    @Test
    void concurrentMixedPostsToTwoServersGetTheAnswersOfSerialCallsToFreshOnes() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        String[] live = {start(SHARED[0]), start(SHARED[1])};
        String[] reference = {start(FRESH[0]), start(FRESH[1])};
        List<byte[]> lines = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            lines.addAll(Population.lines(policies.get(p), 12, SEED + 200 + p));
        }
        lines.add("{\"policy\": \"no-such-policy\", \"asOf\": \"2020-01-01\", \"applicant\": {}}"
                .getBytes(StandardCharsets.UTF_8));
        List<Call> calls = new ArrayList<>();
        for (byte[] line : lines) {
            String trace = random.nextBoolean() ? "?trace=true" : "";
            calls.add(new Call(calls.size(), random.nextInt(2), "/v1/evaluate" + trace, "application/json", null,
                    LANGUAGES[random.nextInt(2)], line));
            if (random.nextInt(4) == 0) {
                calls.add(new Call(calls.size(), random.nextInt(2), "/v1/report" + trace, "application/json",
                        "text/plain", LANGUAGES[random.nextInt(2)], line));
            }
        }
        for (int b = 0; b < 8; b++) {
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            for (int k = 0; k < 30; k++) {
                in.writeBytes(lines.get(random.nextInt(lines.size())));
                in.write('\n');
            }
            calls.add(new Call(calls.size(), b % 2, "/v1/batch" + (b % 4 < 2 ? "?trace=true" : ""),
                    "application/x-ndjson", null, LANGUAGES[b % 3 % 2], in.toByteArray()));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Answer> expected = new ArrayList<>();
        for (Call c : calls) {
            expected.add(post(http, reference[c.engine()], c));
        }
        assertThat(expected).extracting(Answer::status).contains(200, 400);

        // every call three times, in an order of its own each time, from eight clients at once
        List<Call> all = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Call> order = new ArrayList<>(calls);
            Collections.shuffle(order, new Random(SEED + 20 + round));
            all.addAll(order);
        }
        ConcurrentLinkedQueue<Call> queue = new ConcurrentLinkedQueue<>(all);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> clients = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                clients.add(pool.submit(() -> {
                    go.await();
                    for (Call c; (c = queue.poll()) != null; ) {
                        Answer got = post(http, live[c.engine()], c);
                        Answer want = expected.get(c.id());
                        if (!got.equals(want)) {
                            failures.add("call " + c.id() + " " + c.path() + " (" + c.language() + ", engine "
                                    + c.engine() + "): expected " + want.status() + " "
                                    + abbreviate(want.body(), got.body()) + "\n  but got " + got.status() + " "
                                    + abbreviate(got.body(), want.body()));
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> seen = List.copyOf(failures);
        assertThat(seen.subList(0, Math.min(5, seen.size())))
                .as("answers that differ from the serial ones (%d in all, the first shown)", seen.size()).isEmpty();
    }

    private static Answer post(HttpClient http, String base, Call c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + c.path())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", c.type()).header("Accept-Language", c.language().tag())
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.accept() != null) {
            b.header("Accept", c.accept());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Language").orElse(null), r.body());
    }
}
