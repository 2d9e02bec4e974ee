package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on an ephemeral loopback port, spoken to with {@link HttpClient}. */
class DecisionServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static RulesEngine engine;
    static JsonContract contract;
    static DecisionServer server;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() {
        engine = RulesEngine.builder().build();
        contract = new JsonContract(engine);
        server = new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK).start("127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        base = "http://127.0.0.1:" + server.port();
    }

    /** The URL to call it by, which the command prints: an IPv6 address needs its brackets there. */
    @Test
    void itsUrlIsOneToCallItBy() throws Exception {
        assertThat(server.url()).isEqualTo(base);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(DecisionServer.url("::1", 8080)).isEqualTo("http://[::1]:8080");
        assertThat(DecisionServer.url("[::1]", 8080)).isEqualTo("http://[::1]:8080");
        assertThat(DecisionServer.url("0.0.0.0", 80)).isEqualTo("http://0.0.0.0:80");
        assertThat(DecisionServer.url("localhost", 8080)).isEqualTo("http://localhost:8080");
        assertThatThrownBy(() -> new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK).url())
                .isInstanceOf(IllegalStateException.class).hasMessage("not started");
        // its port too, told as its URL is (it was a NullPointerException)
        assertThatThrownBy(() -> new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK).port())
                .isInstanceOf(IllegalStateException.class).hasMessage("not started");
    }

    /**
     * What {@link DecisionServer#start} sets up, on servers this test starts itself (the other tests share one started
     * before them): its start line gives the URL to call it by (README, "The HTTP service") and names the web origins
     * allowed to call it only when there are some; every resource read with GET answers; Jetty's own errors are
     * problem JSON; each request has its access-log line; a preflight from an allowed origin is told the methods and
     * headers it may use and for how long.
     */
    @Test
    void whatStartSetsUpOnAServerOfItsOwn() throws Exception {
        try (LogLines lines = new LogLines(LogLines.SERVICE, LogLines.ACCESS);
             DecisionServer plain = new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK)
                .start("127.0.0.1", 0);
             DecisionServer cors = new DecisionServer(engine, DecisionServer.Settings.defaults()
                     .withCorsOrigins(List.of("https://app.example.gov.cn")), CLOCK).start("127.0.0.1", 0)) {
            List<String> started = lines.messages().stream()
                    .filter(l -> l.startsWith("ip-rules decision service on ")).toList();
            assertThat(started).hasSize(2);
            assertThat(started.get(0)).contains(plain.url() + " ").doesNotContain("CORS").doesNotContain("[]");
            assertThat(started.get(1)).contains(cors.url() + " ").contains("https://app.example.gov.cn")
                    .contains("CORS");
            for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema", "/v1/schema/result",
                    "/openapi.json", "/health")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(plain.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
            String malformed = exchange(plain.port(), "GET /v1/schema/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII), new byte[0]);
            assertThat(malformed).startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("content-type: application/problem+json");
            // this server's access lines: the shared server may still be logging the test before's, and a line is
            // written once its exchange has ended, after the client has the answer, in no order across connections
            // (the 400's line, on a connection of its own, came before /health's on a loaded machine)
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while ((lines.messages(plain).stream().noneMatch(l -> l.startsWith("- - 400 "))
                    || lines.messages(plain).stream().noneMatch(l -> l.startsWith("GET /health 200 ")))
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(lines.messages(plain))
                    .anyMatch(l -> l.startsWith("GET /health 200 ")).anyMatch(l -> l.startsWith("- - 400 "));
            // each server has a name of its own, which its Jetty threads bear
            assertThat(plain.name()).matches("ip-rules-http-[0-9]+").isNotEqualTo(cors.name())
                    .isNotEqualTo(server.name());
            assertThat(Thread.getAllStackTraces().keySet()).map(Thread::getName)
                    .anyMatch(t -> t.startsWith(plain.name() + "-")).anyMatch(t -> t.startsWith(cors.name() + "-"));
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(cors.url() + "/v1/evaluate"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example.gov.cn").header("Access-Control-Request-Method", "POST")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                    .hasValue("Accept, Accept-Language, Content-Type");
            assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        }
    }

    /** Jetty takes an empty host as every interface: an empty setting must not open the service to the network. */
    @Test
    void aBlankHostIsRefusedNotTakenAsEveryInterface() {
        DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK);
        assertThatThrownBy(() -> s.start(" ", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host is blank: give an address of this machine (0.0.0.0 for every interface)");
        assertThatThrownBy(() -> s.start("", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.url()).isInstanceOf(IllegalStateException.class);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("").toAbsolutePath().getParent().resolve("examples/requests"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String expected(byte[] request, Language language, boolean trace) {
        EvaluationResult r = contract.evaluate(request, TODAY, null);
        return contract.writePretty(r, language, trace) + "\n";
    }

    @Test
    void everyExampleGivesTheBytesOfEvaluateFormatJson() throws Exception {
        for (Path p : examples()) {
            byte[] request = Files.readAllBytes(p);
            HttpResponse<String> zh = post("/v1/evaluate", "application/json", request);
            assertThat(zh.statusCode()).as(p.toString()).isEqualTo(200);
            assertThat(zh.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            assertThat(zh.body()).as(p.toString()).isEqualTo(expected(request, Language.ZH, false));
            HttpResponse<String> en = post("/v1/evaluate?trace=true", "application/json; charset=UTF-8", request,
                    "Accept-Language", "en-GB,en;q=0.9,zh;q=0.1");
            assertThat(en.statusCode()).isEqualTo(200);
            assertThat(en.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(en.body()).as(p.toString()).isEqualTo(expected(request, Language.EN, true));
            assertThat(JSON.readTree(en.body()).get("trace")).isNotEmpty();
        }
    }

    @Test
    void aReportIsThePageOrTheTextOfTheCommand() throws Exception {
        for (Path p : examples()) {
            byte[] request = Files.readAllBytes(p);
            EvaluationResult r = contract.evaluate(request, TODAY, null);
            PolicyDescription policy = engine.policy(r.policy());
            // no Accept, or a browser's: the page `ip-rules report --html` writes
            assertThat(post("/v1/report", "application/json", request).body()).as(p.toString())
                    .isEqualTo(io.iprules.report.Reports.html(r, policy, Language.ZH));
            HttpResponse<String> page = post("/v1/report", "application/json", request, "Accept",
                    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertThat(page.statusCode()).as(p.toString()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(page.headers().firstValue("Content-Language")).hasValue("zh");
            assertThat(page.body()).as(p.toString()).isEqualTo(io.iprules.report.Reports.html(r, policy, Language.ZH));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; style-src 'unsafe-inline'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(varies(page)).contains("Accept", "Accept-Language", "Accept-Encoding");
            // text/plain preferred: the text `ip-rules evaluate` prints, with the rules fired on ?trace=true
            HttpResponse<String> text = post("/v1/report?trace=true", "application/json", request, "Accept",
                    "text/plain, text/html;q=0.5", "Accept-Language", "en");
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
            assertThat(text.headers().firstValue("Content-Language")).hasValue("en");
            assertThat(text.body()).as(p.toString()).isEqualTo(io.iprules.report.Reports.text(r, policy, Language.EN,
                    true));
        }
        HttpResponse<String> demo = post("/v1/report", "application/json",
                Files.readAllBytes(examples().stream().filter(p -> p.toString().endsWith(
                        "jiaxing-pilot-and-provincial-demo.json")).findFirst().orElseThrow()), "Accept", "text/plain");
        assertThat(demo.body()).contains("合计:200,000.00 元");
        // an invalid request is the problem JSON /v1/evaluate answers, an unknown policy included (a 404 would say
        // that /v1/report itself does not exist)
        for (String request : List.of("{\"policy\":\"jiaxing-2012\",\"applicant\":{}}",
                "{\"policy\":\"nope-2099\",\"applicant\":{}}")) {
            byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> evaluated = post("/v1/evaluate", "application/json", bytes, "Accept-Language", "en");
            HttpResponse<String> reported = post("/v1/report", "application/json", bytes, "Accept-Language", "en");
            JsonNode problem = assertProblem(reported, 400);
            assertThat(problem.get("problems")).as(request).isNotEmpty();
            assertThat(reported.body()).as(request).isEqualTo(evaluated.body().replace("\"/v1/evaluate\"",
                    "\"/v1/report\""));
        }
        assertProblem(get("/v1/report"), 405);
    }

    @Test
    void aReportIsTheTextOnlyWhenAcceptRanksTextPlainAboveTheHtml() {
        assertThat(DecisionServer.prefersText(null)).isFalse();
        assertThat(DecisionServer.prefersText("*/*")).isFalse();
        assertThat(DecisionServer.prefersText("text/html")).isFalse();
        assertThat(DecisionServer.prefersText("text/plain")).isTrue();
        assertThat(DecisionServer.prefersText("text/plain; charset=utf-8")).isTrue();
        assertThat(DecisionServer.prefersText("text/html, text/plain")).isFalse(); // a tie: the page
        assertThat(DecisionServer.prefersText("text/html;q=0.4, text/plain;q=0.5")).isTrue();
        assertThat(DecisionServer.prefersText("text/plain, */*;q=0.1")).isTrue();
        assertThat(DecisionServer.prefersText("text/plain;q=0, */*")).isFalse();
        assertThat(DecisionServer.prefersText("text/*;q=0.3, text/plain;q=0.9")).isTrue();
        assertThat(DecisionServer.prefersText("application/json")).isFalse();
        assertThat(DecisionServer.prefersText("text/plain;q=abc")).isFalse();
    }

    /**
     * On a server of its own, whose lines are told from the others': Jetty logs a request once its answer is complete,
     * which can be after the client has read it, so the shared server may still be logging the test before's last
     * request when this one begins.
     */
    @Test
    void everyRequestGetsOneAccessLogLine() throws Exception {
        try (LogLines lines = new LogLines(LogLines.ACCESS);
             DecisionServer own = new DecisionServer(engine, DecisionServer.Settings.defaults(), CLOCK)
                     .start("127.0.0.1", 0)) {
            long before = System.nanoTime(); // before any of the requests' first bytes
            for (String path : List.of("/health", "/v1/nothing-here")) {
                http.send(HttpRequest.newBuilder(URI.create(own.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            http.send(HttpRequest.newBuilder(URI.create(own.url() + "/v1/evaluate"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // and those Jetty answers itself, before any route: a malformed URI, a URI too long, headers too large
            rawProblem(own.port(), "GET /v1/schema/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 400, "zh");
            rawProblem(own.port(), "GET /v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "zh");
            rawProblem(own.port(), "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
                    431, "zh");
            // Jetty logs a request once its answer is complete, which may be after the client has sent the next one:
            // the lines need not come in the requests' order, but each of these requests has exactly one, and there
            // is no other
            String rest = " \\d+\\.\\d ms 127\\.0\\.0\\.1";
            List<String> patterns = new ArrayList<>();
            for (String line : List.of("GET /health 200", "GET /v1/nothing-here 404", "POST /v1/evaluate 400",
                    // a request line Jetty could not read: no method or path to name (its stand-in is BAD /badMessage)
                    "- - 400", "- - 414", "GET /health 431")) {
                patterns.add(java.util.regex.Pattern.quote(line) + rest);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline && !patterns.stream().allMatch(p -> lines.messages(own).stream()
                    .anyMatch(l -> l.matches(p)))) {
                Thread.sleep(10);
            }
            List<String> logged = lines.messages(own);
            double elapsedMs = (System.nanoTime() - before) / 1e6; // after every line was written
            for (String pattern : patterns) {
                assertThat(logged).as(pattern).filteredOn(l -> l.matches(pattern)).hasSize(1);
            }
            assertThat(logged).hasSize(patterns.size());
            // the time logged is the request's, from its first byte to its last answer byte, in milliseconds: within
            // the time the test has taken since before its first request
            for (String line : logged) {
                java.util.regex.Matcher ms = java.util.regex.Pattern.compile(" (\\d+\\.\\d) ms ").matcher(line);
                assertThat(ms.find()).as(line).isTrue();
                assertThat(Double.parseDouble(ms.group(1))).as(line).isBetween(0.0, elapsedMs + 0.05);
            }
        }
    }

    @Test
    void aLoggedTextHasItsControlCharactersEscaped() {
        assertThat(DecisionServer.escaped("GET\r\n\u001B[2J\u202Eevil/\u4E2D")).isEqualTo(
                "GET\\u000D\\u000A\\u001B[2J\\u202Eevil/\u4E2D");
        assertThat(DecisionServer.escaped(null)).isEqualTo("-");
    }

    @Test
    void languageFollowsAcceptLanguage() {
        assertThat(DecisionServer.language((String) null)).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("en")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("fr, en;q=0.5, zh;q=0.4")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("zh;q=0.2, en;q=0.7")).isEqualTo(Language.EN);
        assertThat(DecisionServer.language("de")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("en;q=0")).isEqualTo(Language.ZH);
        // the weight's name in either case (RFC 9110 §12.4.2), as Accept's; a weight that is no number refuses
        assertThat(DecisionServer.language("en;Q=0, zh;q=0.5")).isEqualTo(Language.ZH);
        assertThat(DecisionServer.language("en;q=x, zh;q=0.5")).isEqualTo(Language.ZH);
    }

    @Test
    void anInvalidRequestIs400WithEveryProblemAndItsPath() throws Exception {
        String request = "{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-02-30\",\"applicant\":{\"name\":\"甲\","
                + "\"creditCode\":\"91330400MA28A0001E\",\"patents\":[{\"number\":\"ZL1\",\"kind\":\"INVENTION\"}]}}";
        HttpResponse<String> r = post("/v1/evaluate", "application/json", request.getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        // RFC 9457 §4.2.1: about:blank's title is HTTP's
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        List<String> paths = new ArrayList<>();
        problem.get("problems").forEach(p -> paths.add(p.get("path").asText()));
        assertThat(paths).contains("asOf");

        HttpResponse<String> binding = post("/v1/evaluate", "application/json",
                ("{\"policy\":\"jiaxing-2012\",\"applicant\":{\"name\":\"甲\",\"creditCode\":\"91330400MA28A0001E\","
                        + "\"patents\":[{\"number\":\"ZL1\",\"kind\":\"INVENTION\"}]}}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(binding.statusCode()).isEqualTo(400);
        List<String> all = new ArrayList<>();
        JSON.readTree(binding.body()).get("problems").forEach(p -> all.add(p.get("path").asText()));
        assertThat(all).contains("applicant.creditCode", "applicant.patents[0].grantDate",
                "applicant.patents[0].field");

        assertThat(post("/v1/evaluate", "application/json", "{".getBytes()).statusCode()).isEqualTo(400);
        assertThat(post("/v1/evaluate", "application/json", new byte[0]).statusCode()).isEqualTo(400);
        HttpResponse<String> unknownPolicy = post("/v1/evaluate", "application/json",
                "{\"policy\":\"no-such\",\"applicant\":{}}".getBytes());
        assertThat(unknownPolicy.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownPolicy.body()).get("problems").get(0).get("path").asText()).isEqualTo("policy");
        assertThat(post("/v1/evaluate?trace=maybe", "application/json", Files.readAllBytes(examples().get(0)))
                .statusCode()).isEqualTo(400);
    }

    /** What JSON output writes as escapes beyond JSON's own: C1 controls (a CSI), DEL, bidi controls, U+2028. */
    static final String CONTROLS = "禾城\u0085\u009B2J\u007F\u202E\u2066\u2028\u2029\u200F";
    static final String ESCAPED = "禾城\\u0085\\u009B2J\\u007F\\u202E\\u2066\\u2028\\u2029\\u200F";

    static void noneRaw(String body) {
        for (char c : "\u0085\u009B\u007F\u202E\u2066\u2028\u2029\u200F".toCharArray()) {
            assertThat(body.indexOf(c)).as("U+%04X raw in %s", (int) c, body).isEqualTo(-1);
        }
        assertThat(body).contains(ESCAPED);
    }

    /**
     * A count is a whole JSON number (the contract): written with a fraction or an exponent it is refused at its path,
     * in both languages — {@code 3e0} too, whole though its value is, as {@code 3.0} and {@code 1e3} are; a figure of
     * a decimal unit may be written so. A batch line is told the same.
     */
    @Test
    void aCountWrittenWithAFractionOrAnExponentIsRefusedNamingIt() throws Exception {
        // how to write it: 30e0 is the whole number 30, so not "must be a whole number, not 30E+0"
        String whole = "must be written as a whole number, without a decimal point or an exponent, not ";
        String request = Files.readString(Path.of("").toAbsolutePath().getParent()
                .resolve("examples/requests/anning-every-target-exactly-reached.json"));
        assertThat(request).contains("\"AN_TALENT\": 30,").contains("\"AN_PUBLIC_AWARENESS\": \"0.85\"");
        for (String written : List.of("30.0", "3e1", "30e0", "3.0e1", "3.0E+1", "300e-1")) {
            byte[] body = request.replace("\"AN_TALENT\": 30,", "\"AN_TALENT\": " + written + ",")
                    .getBytes(StandardCharsets.UTF_8);
            JsonNode en = assertProblem(post("/v1/evaluate", "application/json", body, "Accept-Language", "en"), 400);
            assertThat(en.get("problems")).as(written).hasSize(1);
            assertThat(en.at("/problems/0/path").asText()).isEqualTo("applicant.figures.AN_TALENT");
            String shown = en.at("/problems/0/message").asText();
            assertThat(shown).as(written).startsWith(whole);
            JsonNode zh = assertProblem(post("/v1/evaluate", "application/json", body), 400);
            assertThat(zh.at("/problems/0/path").asText()).isEqualTo("applicant.figures.AN_TALENT");
            assertThat(zh.at("/problems/0/message").asText()).as(written)
                    .isEqualTo("必须写成不带小数点或指数的整数,而不是 " + shown.substring(whole.length()));
            String line = post("/v1/batch", "application/x-ndjson", (JSON.readTree(request).toString().replace(
                    "\"AN_TALENT\":30", "\"AN_TALENT\":" + written) + "\n").getBytes(StandardCharsets.UTF_8),
                    "Accept-Language", "en").body();
            assertThat(line).as(written).contains("applicant.figures.AN_TALENT").contains(shown);
        }
        assertThat(post("/v1/evaluate", "application/json", request.replace("\"AN_TALENT\": 30,",
                "\"AN_TALENT\": 30e0,").getBytes(StandardCharsets.UTF_8), "Accept-Language", "en").body())
                .contains(whole + "30E+0");
        // a rate may be written with an exponent: it is its value, the decision and its receipt those of "1"
        assertThat(request).contains("\"AN_CASE_CLOSURE_RATE\": \"1\",");
        HttpResponse<String> rate = post("/v1/evaluate", "application/json", request.replace(
                "\"AN_CASE_CLOSURE_RATE\": \"1\",", "\"AN_CASE_CLOSURE_RATE\": 1e0,").getBytes(StandardCharsets.UTF_8));
        assertThat(rate.statusCode()).isEqualTo(200);
        assertThat(rate.body()).isEqualTo(post("/v1/evaluate", "application/json",
                request.getBytes(StandardCharsets.UTF_8)).body());
    }

    /**
     * A name, an unknown field's name and a batch line holding C1 and bidi controls, DEL and U+2028/U+2029: the
     * result, the problem (its path and its detail) and the batch line write them as {@code \\uXXXX}, which read
     * back as given; a body beginning with a NUL byte is 400 naming it, in the language asked.
     */
    @Test
    void controlCharactersOfTheInputAreEscapedAndANulFirstIsNamed() throws Exception {
        String request = Files.readString(examples().stream().filter(p -> p.toString()
                .endsWith("jiaxing-pilot-and-provincial-demo.json")).findFirst().orElseThrow())
                .replace("嘉兴禾城新材料科技有限公司", CONTROLS);
        HttpResponse<String> ok = post("/v1/evaluate?trace=true", "application/json",
                request.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(200);
        noneRaw(ok.body());
        assertThat(JSON.readTree(ok.body()).get("applicant").asText()).isEqualTo(CONTROLS);
        assertThat(ok.body()).isEqualTo(expected(request.getBytes(StandardCharsets.UTF_8), Language.ZH, true));

        String unknown = request.replace("\"sme\"", "\"" + CONTROLS + "\"");
        for (String language : List.of("zh", "en")) {
            HttpResponse<String> bad = post("/v1/evaluate", "application/json",
                    unknown.getBytes(StandardCharsets.UTF_8),
                    "Accept-Language", language);
            assertThat(bad.statusCode()).isEqualTo(400);
            noneRaw(bad.body());
            JsonNode problem = JSON.readTree(bad.body());
            assertThat(problem.get("problems").get(0).get("path").asText()).isEqualTo("applicant." + CONTROLS);
            assertThat(problem.get("detail").asText()).contains(CONTROLS);
        }

        HttpResponse<String> batch = post("/v1/batch", "application/x-ndjson", (JSON.readTree(request).toString() + "\n"
                + JSON.readTree(unknown).toString() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(batch.statusCode()).isEqualTo(200);
        noneRaw(batch.body());
        String[] lines = batch.body().split("\n");
        assertThat(JSON.readTree(lines[0]).get("applicant").asText()).isEqualTo(CONTROLS);
        assertThat(JSON.readTree(lines[1]).at("/error/problems/0/path").asText()).isEqualTo("applicant." + CONTROLS);

        byte[] nul = ("\0" + request).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> en = post("/v1/evaluate", "application/json", nul, "Accept-Language", "en");
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(en.body()).get("detail").asText()).isEqualTo("not valid JSON at byte 0: a NUL byte "
                + "(control character U+0000), which JSON allows nowhere; save the file as UTF-8 (text saved as UTF-16 "
                + "holds NUL bytes)");
        HttpResponse<String> zh = post("/v1/evaluate", "application/json", nul);
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(zh.body()).get("detail").asText()).isEqualTo("第 0 字节处不是有效的 JSON:NUL 字节"
                + "(控制字符 U+0000),JSON 中任何位置都不允许;请将文件另存为 UTF-8 编码(存为 UTF-16 的文本含有 NUL 字节)");
        HttpResponse<String> nulLine = post("/v1/batch", "application/x-ndjson",
                "{\0}\n".getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en");
        assertThat(JSON.readTree(nulLine.body()).at("/error/problems/0/message").asText())
                .startsWith("not valid JSON at byte 1: a NUL byte (control character U+0000)");
    }

    @Test
    void anAnswerInTheLanguageAskedSaysWhichAndThatItVariesByIt() throws Exception {
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012")) {
            HttpResponse<String> zh = get(path);
            HttpResponse<String> en = get(path, "Accept-Language", "en");
            assertThat(zh.statusCode()).as(path).isEqualTo(200);
            assertThat(zh.headers().firstValue("Content-Language")).as(path).hasValue("zh");
            assertThat(en.headers().firstValue("Content-Language")).as(path).hasValue("en");
            assertThat(en.body()).as(path).isNotEqualTo(zh.body());
            assertThat(varies(en)).as(path).contains("Accept-Language");
        }
        HttpResponse<String> evaluated = post("/v1/evaluate", "application/json",
                Files.readAllBytes(examples().get(0)), "Accept-Language", "en");
        assertThat(varies(evaluated)).contains("Accept-Language");
        HttpResponse<String> problem = get("/v1/policies/no-such-policy", "Accept-Language", "en");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(varies(problem)).contains("Accept-Language");
    }

    /**
     * Javalin compresses an answer of more than 1,500 bytes when the client accepts gzip: such an answer varies by
     * {@code Accept-Encoding} as well, and a cache must be told so (RFC 9110 §12.5.5), on the compressed answer and on
     * the plain one alike, or it may hand gzip to a client that cannot read it.
     */
    @Test
    void aCompressedAnswerSaysItVariesByAcceptEncodingToo() throws Exception {
        byte[] request = Files.readAllBytes(examples().get(0));
        HttpResponse<byte[]> gzip = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/evaluate"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(expected(request, Language.ZH, false));
        }
        assertThat(varies(gzip)).containsExactlyInAnyOrder("Accept-Language", "Accept-Encoding");
        HttpResponse<String> plain = post("/v1/evaluate", "application/json", request);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(varies(plain)).containsExactlyInAnyOrder("Accept-Language", "Accept-Encoding");
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema", "/openapi.json")) {
            HttpResponse<byte[]> got = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(got.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(varies(got)).as(path).containsExactlyInAnyOrder("Accept-Language", "Accept-Encoding");
        }
    }

    /** The header fields named by every {@code Vary} of {@code r}. */
    static List<String> varies(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Stream.of(v.split(",")))
                .map(String::trim).toList();
    }

    /** A list cut at its most says so in its detail: the count that ends it is not one more problem. */
    @Test
    void aCutListOfProblemsSaysThereAreMore() throws Exception {
        StringBuilder b = new StringBuilder("{\"policy\":\"beijing-2012\"");
        for (int i = 0; i < 1_000; i++) {
            b.append(",\"f").append(i).append("\":1");
        }
        byte[] request = b.append('}').toString().getBytes(StandardCharsets.UTF_8);
        JsonNode en = assertProblem(post("/v1/evaluate", "application/json", request, "Accept-Language", "en"), 400);
        assertThat(en.get("detail").asText())
                .isEqualTo("100 problems listed, each with its JSON path; there are more: see the last");
        assertThat(en.get("problems")).hasSize(101);
        assertThat(en.get("problems").get(100).get("message").asText()).isEqualTo("…and 901 more");
        JsonNode zh = assertProblem(post("/v1/evaluate", "application/json", request), 400);
        assertThat(zh.get("detail").asText()).isEqualTo("列出 100 个问题,均附 JSON 路径;另有更多,见最后一项");
    }

    @Test
    void problemJsonIsInTheLanguageAsked() throws Exception {
        byte[] request = ("{\"policy\":\"jiaxing-2012\",\"asOf\":\"2013-12-31\",\"applicant\":{\"name\":\"甲\","
                + "\"creditCode\":\"91330400MA28A0001E\",\"pledgeLoans\":[{\"bank\":\"嘉兴银行\",\"year\":2013,"
                + "\"interestPaid\":\"100.123\"}]}}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> zh = post("/v1/evaluate", "application/json", request, "Accept-Language", "zh-CN");
        JsonNode z = assertProblem(zh, 400);
        assertThat(zh.headers().firstValue("Content-Language")).hasValue("zh");
        assertThat(z.get("title").asText()).isEqualTo("请求无效");
        assertThat(z.get("detail").asText()).isEqualTo("3 个问题,均附 JSON 路径逐项列出");
        assertThat(messages(z)).containsExactly(
                "applicant.creditCode: 校验码为“E”,但按 GB 32100-2015 由前 17 位计算应为“D”:代码输入有误",
                "applicant.sme: 填写了 pledgeLoans(专利权质押贷款)时必须填写:贴息支持仅限中小企业(§6(5)2);"
                        + "评估日期时尚未结束年度的贷款不计在内",
                "applicant.pledgeLoans[0].interestPaid: 是以元为单位的金额,最多保留两位小数(分),现为 100.123");

        HttpResponse<String> en = post("/v1/evaluate", "application/json", request, "Accept-Language", "en");
        JsonNode e = assertProblem(en, 400);
        assertThat(en.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(e.get("title").asText()).isEqualTo("Bad Request");
        assertThat(messages(e)).containsExactly(
                "applicant.creditCode: check character is 'E' but GB 32100-2015 gives 'D' for the first 17 "
                        + "characters: the code is mistyped",
                "applicant.sme: is required when pledgeLoans are given: the interest subsidy is for SMEs only "
                        + "(§6(5)2); a loan of a year not over on the as-of date is not counted",
                "applicant.pledgeLoans[0].interestPaid: is an amount in yuan and has at most two decimals (fen, 分), "
                        + "but is 100.123");

        // the refusals too: title and detail in Chinese by default, in English when asked
        byte[] example = Files.readAllBytes(examples().get(0));
        JsonNode media = assertProblem(post("/v1/evaluate", "text/plain", example), 415);
        assertThat(media.get("title").asText()).isEqualTo("不支持的媒体类型");
        assertThat(media.get("detail").asText()).isEqualTo("请求体必须是 application/json,而不是 text/plain");
        JsonNode mediaEn = assertProblem(post("/v1/evaluate", "text/plain", example, "Accept-Language", "en"), 415);
        assertThat(mediaEn.get("title").asText()).isEqualTo("Unsupported Media Type");
        assertThat(mediaEn.get("detail").asText()).isEqualTo("the body must be application/json, not text/plain");
        JsonNode missing = assertProblem(get("/v1/nothing-here"), 404);
        assertThat(missing.get("title").asText()).isEqualTo("未找到");
        assertThat(missing.get("detail").asText()).isEqualTo("没有该资源:/v1/nothing-here");
        JsonNode missingEn = assertProblem(get("/v1/nothing-here", "Accept-Language", "en"), 404);
        assertThat(missingEn.get("title").asText()).isEqualTo("Not Found");
        assertThat(missingEn.get("detail").asText()).isEqualTo("no such resource: /v1/nothing-here");
        JsonNode policy = assertProblem(get("/v1/policies/no-such"), 404);
        assertThat(policy.get("detail").asText()).startsWith("未知政策“no-such”;已有:");
        JsonNode method = assertProblem(get("/v1/evaluate", "Accept-Language", "en"), 405);
        assertThat(method.get("title").asText()).isEqualTo("Method Not Allowed");
    }

    private static List<String> messages(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("problems").forEach(p -> out.add(p.get("path").asText() + ": " + p.get("message").asText()));
        return out;
    }

    @Test
    void everyErrorStatusIsProblemJson() throws Exception {
        byte[] example = Files.readAllBytes(examples().get(0));
        assertProblem(post("/v1/evaluate", "text/plain", example), 415);
        assertProblem(post("/v1/evaluate", null, example), 415);
        assertProblem(post("/v1/evaluate", "application/json; charset=ISO-8859-1", example), 415);
        // two Content-Type lines, even alike: the body has one type, and the first is not taken for it
        for (String second : List.of("application/json", "text/plain")) {
            assertThat(assertProblem(post("/v1/evaluate", "application/json", example, "Content-Type", second,
                    "Accept-Language", "en"), 400).get("detail").asText()).as(second)
                    .isEqualTo("Content-Type is given twice: a body has one type");
        }
        assertProblem(post("/v1/batch", "application/json", example), 415);
        assertRefusedBeforeTheBody("/v1/evaluate", "application/json",
                "Content-Length: " + (JsonContract.MAX_REQUEST_BYTES + 1), 413);
        assertProblem(get("/v1/evaluate"), 405);
        assertProblem(post("/v1/policies", "application/json", example), 405);
        assertProblem(get("/v1/nothing-here"), 404);
        assertProblem(get("/v1/policies/no-such"), 404);
        // the ids it answers besides the policies' are named too
        assertThat(assertProblem(get("/v1/schema/no-such", "Accept-Language", "en"), 404).get("detail").asText())
                .isEqualTo("unknown policy or schema 'no-such'; known: anning-2022, beijing-2012, jiaxing-2012, "
                        + "northeast-2017, pilot-city-2017, result, error, policies");
    }

    /** A 405 says which methods the resource answers (RFC 9110 §15.5.6: Allow), and those are not refused. */
    @Test
    void a405CarriesAnAllowHeaderListingTheMethodsThatWork() throws Exception {
        byte[] example = Files.readAllBytes(examples().get(0));
        HttpResponse<String> r = get("/v1/evaluate", "Accept-Language", "en");
        assertProblem(r, 405);
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
        assertThat(JSON.readTree(r.body()).get("detail").asText())
                .isEqualTo("GET is not allowed on /v1/evaluate; allowed: POST");
        // in Chinese too, the detail names the methods that work
        assertThat(JSON.readTree(get("/v1/evaluate").body()).get("detail").asText()).contains("GET")
                .endsWith("POST");
        assertThat(get("/v1/batch").headers().firstValue("Allow")).hasValue("POST");
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema", "/v1/schema/result",
                "/openapi.json", "/health")) {
            HttpResponse<String> p = post(path, "application/json", example);
            assertProblem(p, 405);
            assertThat(p.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            // the header fields GET sends (RFC 9110 9.3.2), no body
            HttpResponse<String> got = get(path);
            assertThat(head.headers().firstValue("Content-Type")).as("HEAD " + path)
                    .isEqualTo(got.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                            .startsWith("application/json"));
            assertThat(head.headers().firstValue("Content-Language")).as("HEAD " + path)
                    .isEqualTo(got.headers().firstValue("Content-Language"));
            assertThat(head.body()).as("HEAD " + path).isEmpty();
        }
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/schema/result"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    /**
     * UTF-8 however the charset parameter spells it — quoted (RFC 9110 §5.6.6), another case, Java's alias
     * {@code UTF8} — is accepted; any other charset, or none that Java knows, is 415.
     */
    @Test
    void aUtf8CharsetIsAcceptedQuotedOrSpelledAnotherWay() throws Exception {
        Path example = examples().get(0);
        byte[] body = Files.readAllBytes(example);
        String expected = expected(body, Language.ZH, false);
        for (String type : List.of("application/json; charset=\"utf-8\"", "application/json;charset=UTF8",
                "application/json; Charset=\"UTF-8\"", "Application/JSON ; charset = utf-8",
                "application/json; charset=utf8")) {
            HttpResponse<String> r = post("/v1/evaluate", type, body);
            assertThat(r.statusCode()).as(type + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(expected);
        }
        byte[] line = (JSON.readTree(body).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(post("/v1/batch", "application/x-ndjson; charset=\"UTF-8\"", line).statusCode()).isEqualTo(200);
        for (String type : List.of("application/json; charset=\"ISO-8859-1\"", "application/json; charset=utf-8x",
                "application/json; charset=utf-16", "application/json; charset=\"\"", "application/json; charset=")) {
            assertProblem(post("/v1/evaluate", type, body), 415);
        }
    }

    /**
     * A compressed body ({@code Content-Encoding: gzip}) is a content coding the service does not decode: 415 saying
     * so, with {@code Accept-Encoding: identity} (RFC 9110 §15.5.16), not a 400 telling the caller to save the file as
     * UTF-8. {@code identity} is no coding at all.
     */
    @Test
    void aCompressedBodyIs415NamingItsContentCoding() throws Exception {
        byte[] request = Files.readAllBytes(examples().get(0));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(request);
        }
        HttpResponse<String> en = post("/v1/evaluate", "application/json", zipped.toByteArray(),
                "Content-Encoding", "gzip", "Accept-Language", "en");
        JsonNode p = assertProblem(en, 415);
        assertThat(p.get("detail").asText())
                .isEqualTo("the body must not be compressed: Content-Encoding gzip is not supported; send it as is");
        assertThat(en.headers().firstValue("Accept-Encoding")).hasValue("identity");
        JsonNode zh = assertProblem(post("/v1/evaluate", "application/json", zipped.toByteArray(),
                "Content-Encoding", "gzip"), 415);
        assertThat(zh.get("detail").asText()).isEqualTo("请求体不能压缩:不支持 Content-Encoding gzip;请直接发送");
        byte[] line = (JSON.readTree(request).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        assertProblem(post("/v1/batch", "application/x-ndjson", line, "Content-Encoding", "br"), 415);
        HttpResponse<String> identity = post("/v1/evaluate", "application/json", request,
                "Content-Encoding", "Identity");
        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(identity.body()).isEqualTo(expected(request, Language.ZH, false));
    }

    /**
     * What a problem quotes back of the request — a media type, a path — is shortened past
     * {@value io.iprules.Problem#MAX_MESSAGE} characters, as the reader's messages are (README "The JSON contract").
     */
    @Test
    void aProblemNeverQuotesMoreThanAThousandCharactersBack() throws Exception {
        String longText = "a".repeat(6_000);
        byte[] example = Files.readAllBytes(examples().get(0));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String language : List.of("zh", "en")) {
            answers.add(post("/v1/evaluate", "text/" + longText, example, "Accept-Language", language));
            answers.add(post("/v1/evaluate", "application/json; charset=" + longText, example,
                    "Accept-Language", language));
            answers.add(get("/v1/" + longText, "Accept-Language", language));
            answers.add(get("/v1/policies/" + longText, "Accept-Language", language));
            answers.add(post("/v1/schema/" + longText, "application/json", example, "Accept-Language", language));
        }
        for (HttpResponse<String> r : answers) {
            JsonNode p = JSON.readTree(r.body());
            assertThat(p.get("detail").asText()).as(r.request().method() + " " + r.statusCode())
                    .hasSizeLessThan(io.iprules.Problem.MAX_MESSAGE + 50).contains("aaaaa");
        }
        assertThat(JSON.readTree(answers.get(5).body()).get("detail").asText()).endsWith(" characters in all)");
        assertThat(JSON.readTree(answers.get(0).body()).get("detail").asText()).endsWith(" 个字符)");
    }

    static JsonNode assertProblem(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(r.body()).endsWith("}\n").doesNotEndWith("\n\n"); // as every JSON answer ends
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
        return p;
    }

    @Test
    void aBugIs500OnOneLineWithoutAStackTrace() throws Exception {
        RulesEngine broken = evaluatingWith(request -> {
            throw new IllegalStateException("a bug\n\tat somewhere(Here.java:1)");
        });
        try (DecisionServer s = new DecisionServer(broken, DecisionServer.Settings.defaults(), CLOCK)
                .start("127.0.0.1", 0)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                            + "/v1/evaluate")).header("Content-Type", "application/json")
                            .header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(examples().get(0)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode p = assertProblem(r, 500);
            assertThat(p.get("detail").asText()).doesNotContain("somewhere");
            assertThat(p.get("title").asText()).isEqualTo("Internal Server Error");
        }
    }

    /**
     * The log line of a bug carries the exception's first line only, and no control character raw: an exception's
     * message may quote the request, and a carriage return or an escape sequence would forge or hide log lines.
     */
    @Test
    void aBugsLogLineHasNoControlCharacterRaw() throws Exception {
        RulesEngine broken = evaluatingWith(request -> {
            throw new IllegalStateException("a bug in \u001b[2J\u0085name\u007f\u202Eevil\u2028\rINFO  access: "
                    + "forged\nsecond line");
        });
        LogLines lines = new LogLines(LogLines.SERVICE);
        try (lines; DecisionServer s = new DecisionServer(broken, DecisionServer.Settings.defaults(), CLOCK)
                .start("127.0.0.1", 0)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                            + "/v1/evaluate")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(examples().get(0)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(r, 500);
        }
        List<String> errors = lines.events().stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                .map(e -> e.getFormattedMessage()).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isEqualTo("internal error on POST /v1/evaluate: java.lang.IllegalStateException: "
                + "a bug in \\u001B[2J\\u0085name\\u007F\\u202Eevil\\u2028");
    }

    @Test
    void policiesSchemasHealthAndOpenApi() throws Exception {
        HttpResponse<String> policies = get("/v1/policies", "Accept-Language", "en");
        assertThat(policies.statusCode()).isEqualTo(200);
        // the bytes `ip-rules policies --format json` prints, its newline included, as every JSON answer ends
        assertThat(policies.body()).isEqualTo(contract.writePolicies(Language.EN) + "\n");
        for (PolicyDescription d : engine.policies()) {
            JsonNode one = JSON.readTree(get("/v1/policies/" + d.id()).body());
            assertThat(one.get("id").asText()).isEqualTo(d.id());
            assertThat(one.get("provisions")).hasSize(d.provisions().size());
            assertThat(one.get("parameters")).hasSize(d.parameters().size());
            // the data it decides with (beijing's working-day calendar) and its receipts' digest; none for the others
            assertThat(one.path("data")).hasSize(d.data().size());
            for (int i = 0; i < d.data().size(); i++) {
                assertThat(one.at("/data/" + i + "/digest").asText()).isEqualTo(d.data().get(i).digest());
                assertThat(one.at("/data/" + i + "/covers")).hasSize(d.data().get(i).covers().size());
            }
            JsonNode schema = JSON.readTree(get("/v1/schema/" + d.id()).body());
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.at("/properties/policy/const").asText()).isEqualTo(d.id());
        }
        assertThat(JSON.readTree(get("/v1/policies/beijing-2012").body()).at("/data/0/covers/0/until").asText())
                .as("the bundled notices, to 24 December 2026").isEqualTo("2026-12-24");
        // one policy: the bytes `ip-rules policies beijing-2012 --format json` prints
        assertThat(get("/v1/policies/beijing-2012", "Accept-Language", "en").body())
                .isEqualTo(contract.writePolicy("beijing-2012", Language.EN) + "\n");
        assertThat(JSON.readTree(get("/v1/schema/result").body()).get("title").asText()).contains("result");
        List<String> defs = new java.util.ArrayList<>();
        JSON.readTree(get("/v1/schema").body()).get("$defs").fieldNames().forEachRemaining(defs::add);
        List<String> expected = new java.util.ArrayList<>(engine.policies().stream().map(PolicyDescription::id)
                .toList());
        expected.addAll(List.of("result", "error", "policies"));
        assertThat(defs).containsExactlyElementsOf(expected);
        JsonNode health = JSON.readTree(get("/health").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("policies")).hasSize(engine.policies().size());

        HttpResponse<String> openapi = get("/openapi.json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(openapi.body(), null, null);
        assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/v1/evaluate", "/v1/report", "/v1/batch", "/v1/"
                + "policies",
                "/v1/policies/{id}", "/v1/schema/{id}", "/openapi.json", "/health");
        for (PolicyDescription d : engine.policies()) {
            assertThat(parsed.getOpenAPI().getComponents().getSchemas())
                    .containsKey("Request_" + d.id().replace('-', '_'));
        }
        JsonNode doc = JSON.readTree(openapi.body());
        assertThat(doc.at("/components/schemas/Request/oneOf")).hasSize(engine.policies().size());
        assertThat(parsed.getOpenAPI().getComponents().getResponses().get("P503").getHeaders())
                .containsOnlyKeys("Retry-After");
        // every JSON answer ends with one newline, as the command's output and /v1/evaluate's do (a shell prompt
        // after `curl` starts on its own line)
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema", "/v1/schema/result",
                "/openapi.json", "/health")) {
            assertThat(get(path).body()).as(path).endsWith("\n").doesNotEndWith("\n\n");
        }
    }

    @Test
    void aBatchStreamsResultsInOrderWithTheSummaryInTheTrailer() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path p : examples()) {
            lines.add(JSON.readTree(p.toFile()).toString());
        }
        lines.add(1, "{\"policy\":\"jiaxing-2012\",\"applicant\":{\"unexpected\":1}}");
        lines.add("not json");
        byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/v1/batch", "application/x-ndjson", body, "Accept-Language", "en");
        assertThat(r.statusCode()).isEqualTo(200);
        String[] out = r.body().split("\n");
        assertThat(out).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 1 || line.equals("not json")) {
                assertThat(JSON.readTree(out[i]).get("line").asLong()).isEqualTo(i + 1);
            } else {
                EvaluationResult result = contract.evaluate(line.getBytes(StandardCharsets.UTF_8), TODAY, null);
                // A batch line is the single result's bytes with its input line number (every batch line carries it).
                assertThat(out[i]).isEqualTo(contract.writeLine(result, Language.EN, false, (long) (i + 1)));
            }
        }
        // The trailer, read off the wire: Java's HttpClient does not expose trailers.
        String raw = rawPost("/v1/batch", "application/x-ndjson", body);
        assertThat(raw).startsWith("HTTP/1.1 200");
        int end = raw.indexOf("\r\n0\r\n");
        assertThat(end).isPositive();
        String trailer = raw.substring(end + 5);
        assertThat(trailer).startsWith(DecisionServer.SUMMARY_TRAILER + ": ");
        JsonNode summary = JSON.readTree(trailer.substring(DecisionServer.SUMMARY_TRAILER.length() + 2).trim());
        assertThat(summary.get("requests").asLong()).isEqualTo(lines.size());
        assertThat(summary.get("invalid").asLong()).isEqualTo(2);
        assertThat(summary.get("evaluated").asLong()).isEqualTo(lines.size() - 2);

        // a client streaming lines it has not counted sends them in chunks: the same answer, the same trailer
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/batch"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-ndjson")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo(r.body());
        String rawChunked = rawChunkedPost(server.port(), "/v1/batch", body, 1);
        String chunkedTrailer = rawChunked.substring(rawChunked.indexOf("\r\n0\r\n") + 5);
        assertThat(chunkedTrailer).startsWith(DecisionServer.SUMMARY_TRAILER + ": ");
        JsonNode chunkedSummary = JSON.readTree(chunkedTrailer.substring(DecisionServer.SUMMARY_TRAILER.length() + 2)
                .trim());
        ((com.fasterxml.jackson.databind.node.ObjectNode) chunkedSummary).remove("millis"); // the time taken differs
        ((com.fasterxml.jackson.databind.node.ObjectNode) summary).remove("millis");
        assertThat(chunkedSummary).isEqualTo(summary);

        // HTTP/1.0 has no trailers: the same lines, without a summary (Jetty had refused the trailer: a 500)
        String old;
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("POST /v1/batch HTTP/1.0\r\nContent-Type: application/x-ndjson\r\n"
                    + "Accept-Language: en\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
            old = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(old).matches("(?s)HTTP/1\\.[01] 200 .*");
        String oldHead = old.substring(0, old.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(oldHead).doesNotContain("trailer", "transfer-encoding");
        assertThat(old.substring(old.indexOf("\r\n\r\n") + 4)).isEqualTo(r.body());

        // a declared length over the limit is refused before a byte of the body is read
        JsonNode p = assertRefusedBeforeTheBody("/v1/batch", "application/x-ndjson",
                "Content-Length: " + (DecisionServer.Settings.defaults().maxBatchBytes() + 1), 413);
        assertThat(p.get("detail").asText()).isEqualTo("批量请求有 1073741825 字节,最多接受 1073741824 字节");
    }

    /**
     * A batch sent in chunks has no length to refuse it by: it is refused when it passes the limit, with a 413 while
     * no result was sent; a batch of exactly the limit is whole.
     */
    @Test
    void aChunkedBatchIsHeldToTheLimitAsItIsRead() throws Exception {
        byte[] line = "not json\n".getBytes(StandardCharsets.US_ASCII); // 9 bytes, an error line each
        DecisionServer.Settings settings = new DecisionServer.Settings(JsonContract.MAX_REQUEST_BYTES, 90, 2,
                Duration.ofSeconds(30), Duration.ofSeconds(30));
        try (DecisionServer s = new DecisionServer(engine, settings, CLOCK).start("127.0.0.1", 0)) {
            String exactly = rawChunkedPost(s.port(), "/v1/batch", line, 10); // 90 bytes: at the limit
            assertThat(exactly).startsWith("HTTP/1.1 200 ").contains("\"line\":10,")
                    .contains("\r\n0\r\n" + DecisionServer.SUMMARY_TRAILER + ": ");
            String over = rawChunkedPost(s.port(), "/v1/batch", line, 11); // 99 bytes
            assertThat(over).startsWith("HTTP/1.1 413 ").contains("application/problem+json")
                    .contains("\"detail\" : \"批量请求超过 90 字节,最多接受 90 字节\"")
                    .doesNotContain("\"line\"").doesNotContain(DecisionServer.SUMMARY_TRAILER + ":");
        }
    }

    /**
     * A transfer coding other than chunked (RFC 9112 §6.1: 501 for one not understood): the body's gzip bytes had been
     * told "not UTF-8: save the file as UTF-8" (400), advice that does not help; chunked alone is read as ever.
     */
    @Test
    void aTransferCodingOtherThanChunkedIsNotImplemented() throws Exception {
        byte[] request = Files.readAllBytes(examples().get(0));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(request);
        }
        for (String coding : List.of("gzip, chunked", "GZIP,chunked")) {
            String raw = exchange(server.port(), ("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nAccept-Language: en\r\nConnection: close\r\nTransfer-Encoding: " + coding
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), chunked(gz.toByteArray()));
            assertThat(raw).as(coding).startsWith("HTTP/1.1 501 ").contains("\"status\" : 501")
                    .contains("Transfer-Encoding " + coding + " is not supported: send the body as it is, or in "
                            + "chunks with chunked alone");
        }
        String plain = exchange(server.port(), ("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + "application/json\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), chunked(request));
        assertThat(plain).startsWith("HTTP/1.1 200 ");
    }

    /**
     * A transfer coding whose last is not chunked leaves the body without an end (RFC 9112 §6.3: 400, and the
     * connection closed): Jetty answers it as a head it cannot parse, before a header is read, so in Chinese.
     */
    @Test
    void aTransferCodingThatDoesNotEndInChunkedIsABodyWithoutAnEnd() throws Exception {
        for (String coding : List.of("gzip", "chunked, gzip")) {
            String raw = exchange(server.port(), ("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nAccept-Language: en\r\nTransfer-Encoding: " + coding + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), "{}".getBytes(StandardCharsets.US_ASCII));
            assertThat(raw).as(coding).startsWith("HTTP/1.1 400 ").contains("\r\nConnection: close\r\n")
                    .contains("\r\nContent-Language: zh\r\n").contains("请求无法解析");
        }
    }

    /** {@code body} as one chunk and the last, empty one. */
    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(body);
        b.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    /**
     * A chunked batch that passes the limit after its first results were sent cannot become a 413 any more: the
     * transfer is cut off without its last chunk and trailer, never a complete-looking answer.
     */
    @Test
    void aChunkedBatchPassingTheLimitAfterItsAnswerBeganIsCutOffWithoutItsSummary() throws Exception {
        // the batch reads a chunk of 2,048 lines ahead: the first is answered (the answer has begun) before the
        // third, which passes the limit, is read; what of the first reaches the client before the cut varies
        byte[] line = "not json\n".getBytes(StandardCharsets.US_ASCII);
        DecisionServer.Settings settings = new DecisionServer.Settings(JsonContract.MAX_REQUEST_BYTES,
                (2 * 2048 + 10) * line.length, 2, Duration.ofSeconds(30), Duration.ofSeconds(30));
        try (LogLines lines = new LogLines(LogLines.ACCESS);
             LogLines service = new LogLines(LogLines.SERVICE);
             DecisionServer s = new DecisionServer(engine, settings, CLOCK).start("127.0.0.1", 0)) {
            String raw = rawChunkedPost(s.port(), "/v1/batch", line, 3 * 2048);
            assertThat(raw).startsWith("HTTP/1.1 200 ").contains("\"line\":1,");
            assertThat(raw).doesNotContain("\r\n0\r\n").doesNotContain(DecisionServer.SUMMARY_TRAILER + ":");
            // the log says how far the batch was answered: its first chunk, read before the third passed the limit
            assertThat(service.messages()).filteredOn(m -> m.contains("aborted after its answer began")).singleElement()
                    .asString().startsWith("POST /v1/batch: aborted after its answer began: ")
                    .endsWith("; lines 1 to 2048 had been answered and written out (the client may have received "
                            + "fewer)");
            // its access-log line does not pass it off as a complete 200 (the line follows the answer's end); this
            // server's lines only: the shared server may still be logging the test before's last batch. Jetty writes
            // it when it completes the aborted exchange: at once as a rule, but once, in a CI run on a loaded
            // machine, not within 10 s; the wait runs past the idle timeout (30 s), which ends any exchange still
            // open, and a slow line is said, with what the server's threads were doing if it never came
            long began = System.nanoTime();
            while (lines.messages(s).isEmpty() && System.nanoTime() - began < Duration.ofSeconds(40).toNanos()) {
                Thread.sleep(10);
            }
            long waited = Duration.ofNanos(System.nanoTime() - began).toMillis();
            if (waited > 1000) {
                System.err.println("the cut-off batch's access-log line came after " + waited + " ms");
            }
            assertThat(lines.messages(s)).as(() -> "no access-log line after " + waited + " ms; threads:\n"
                    + serverThreads()).singleElement().asString()
                    .startsWith("POST /v1/batch 200 ").endsWith(" cut-off");
        }
    }

    /**
     * A batch whose client stops reading is cut off at the idle timeout in the middle of its first chunk, many of its
     * lines already written out (in writes of 1 MiB): the log counts them as they were written, where it counted at
     * the last chunk written whole and said that no line had been answered.
     */
    @Test
    void aBatchCutOffMidChunkCountsTheLinesWrittenOut() throws Exception {
        String valid = new String(Files.readAllBytes(examples().get(0)), StandardCharsets.UTF_8)
                .replaceAll("\\s*\n\\s*", " ").strip() + "\n";
        byte[] body = valid.repeat(2048).getBytes(StandardCharsets.UTF_8); // one chunk, its results traced: megabytes
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withIdleTimeout(Duration.ofSeconds(1));
        try (LogLines service = new LogLines(LogLines.SERVICE);
             DecisionServer s = new DecisionServer(engine, settings, CLOCK).start("127.0.0.1", 0);
             Socket client = new Socket()) {
            client.setReceiveBufferSize(4096); // before it connects, so that the answer backs up soon
            client.connect(new java.net.InetSocketAddress("127.0.0.1", s.port()));
            OutputStream out = client.getOutputStream();
            out.write(("POST /v1/batch?trace=true HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson"
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // nothing read: the service's writes stall until the idle timeout cuts the answer off
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (service.messages().stream().noneMatch(m -> m.contains("aborted after its answer began"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            String said = service.messages().stream().filter(m -> m.contains("aborted after its answer began"))
                    .findFirst().orElseThrow();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("; lines 1 to (\\d+) had been answered and "
                    + "written out, and perhaps some after them in the write that failed \\(the client may have "
                    + "received fewer\\)$")
                    .matcher(said);
            assertThat(m.find()).as(said).isTrue();
            assertThat(Long.parseLong(m.group(1))).isBetween(1L, 2047L);
        }
    }

    /** The stacks of the JVM's threads but the test's own, for a failure that waited on the server. */
    static String serverThreads() {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t != Thread.currentThread() && stack.length > 0) {
                b.append(t.getName()).append(" (").append(t.getState()).append(")\n");
                for (int i = 0; i < Math.min(stack.length, 12); i++) {
                    b.append("    at ").append(stack[i]).append('\n');
                }
            }
        });
        return b.toString();
    }

    /**
     * Posts {@code times} copies of {@code piece} in chunks of one copy each (no Content-Length) and reads the whole
     * answer; a connection the server closes under the answer ends it, what arrived before checked by the caller.
     */
    static String rawChunkedPost(int port, String path, byte[] piece, int times) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] size = (Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < times; i++) {
            body.write(size);
            body.write(piece);
            body.write(new byte[] {'\r', '\n'});
        }
        body.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return exchange(port, ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                + "TE: trailers\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), body.toByteArray());
    }

    /**
     * Sends {@code head}, then {@code body}, as they are, and reads the whole answer: a server that answers and
     * closes before the whole body was sent stops the sending, and a connection it resets ends the answer, what
     * arrived before checked by the caller.
     */
    static String exchange(int port, byte[] head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before the whole body was sent: its answer is read below
            }
            return GracefulStopTest.readToEnd(s.getInputStream()); // a reset connection is a cut-off transfer too
        }
    }

    /**
     * A request the server must refuse on its head alone. Only the head is sent: a client still writing a body
     * the server has already refused gets a broken pipe instead of the answer, and the test would be flaky.
     */
    static JsonNode assertRefusedBeforeTheBody(String path, String type, String lengthHeader, int status)
            throws IOException {
        return refusedBeforeTheBody(server.port(), path, type, lengthHeader, status).problem();
    }

    /** An answer to a request sent without its body: its head, lower case, and its problem. */
    record Refused(String head, JsonNode problem) {
    }

    /**
     * As {@link #assertRefusedBeforeTheBody(String, String, String, int)}, to the server on {@code port}, with
     * {@code headers} (CRLF-separated: the body's length or chunking, and any other) after the content type.
     */
    static Refused refusedBeforeTheBody(int port, String path, String type, String headers, int status)
            throws IOException {
        String lengthHeader = headers;
        byte[] raw;
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nConnection: close\r\n" + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            raw = s.getInputStream().readAllBytes();
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
        int headEnd = text.indexOf("\r\n\r\n");
        assertThat(headEnd).as(text).isPositive();
        String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (head.contains("transfer-encoding: chunked")) {
            int at = headEnd + 4;
            while (true) {
                int eol = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, eol).trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(raw, eol + 2, size);
                at = eol + 2 + size + 2;
            }
        } else {
            body.write(raw, headEnd + 4, raw.length - headEnd - 4);
        }
        assertThat(head).as(head).startsWith("http/1.1 " + status + " ")
                .contains("content-type: application/problem+json");
        JsonNode p = JSON.readTree(body.toByteArray());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("\n");
        return new Refused(head, p);
    }

    static String rawPost(String path, String type, byte[] body) throws IOException {
        return new String(rawPostBytes(path, type, body), StandardCharsets.UTF_8);
    }

    static byte[] rawPostBytes(String path, String type, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nTE: trailers\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toByteArray();
        }
    }

    /**
     * A batch of 80 generated applicants sent twice: 80 repeats, whose list (about 9 KB) is more than a trailer may
     * carry. Jetty used to drop the last chunk and the trailer (a complete batch looked cut off, its summary lost);
     * the trailer now arrives, ASCII, as JSON, the list cut to what fits and the rest counted, the totals exact.
     */
    @Test
    void aBatchWithManyRepeatsStillEndsWithItsSummaryTrailerCutToFit() throws Exception {
        io.iprules.spi.RequestGenerator generator = io.iprules.spi.RequestGenerator.forPolicy("jiaxing-2012");
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        StringBuilder once = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            once.append(generator.next(random)).append('\n');
        }
        byte[] body = (once.toString() + once).getBytes(StandardCharsets.UTF_8);
        String raw = new String(rawPostBytes("/v1/batch", "application/x-ndjson", body), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("HTTP/1.1 200");
        assertThat(raw).contains("\"line\":160}");
        JsonNode summary = trailerSummary(raw);
        assertThat(summary.get("requests").asLong()).isEqualTo(160);
        assertThat(summary.get("evaluated").asLong() + summary.get("invalid").asLong()
                + summary.get("failed").asLong()).isEqualTo(160);
        JsonNode duplicates = summary.get("duplicates");
        assertThat(duplicates.get("count").asLong()).isEqualTo(80);
        int listed = duplicates.get("repeats").size();
        assertThat(listed).isPositive().isLessThan(80);
        assertThat(duplicates.get("omitted").asLong()).isEqualTo(80 - listed);
        assertThat(summary.get("dropped")).isEmpty();
        for (int i = 0; i < listed; i++) {
            JsonNode r = duplicates.get("repeats").get(i);
            assertThat(r.get("line").asLong()).isEqualTo(81 + i);
            assertThat(r.get("firstLine").asLong()).isEqualTo(1 + i);
        }
        // the budget is the batch's whole budget, as the in-process batch computes it
        io.iprules.batch.BatchSummary direct = io.iprules.batch.JsonLinesBatch.builder(engine).today(TODAY).build()
                .run(new java.io.ByteArrayInputStream(body), OutputStream.nullOutputStream());
        assertThat(summary.at("/budget/total").asText()).isEqualTo(direct.budget().total().toPlainString());
        assertThat(duplicates.get("amount").asText()).isEqualTo(direct.duplicates().amount().toPlainString());
        assertThat(summary.at("/budget/byCode").toString()).isEqualTo(direct.toJson().at("/budget/byCode").toString());
    }

    /** A repeated applicant known by a Chinese name arrives in the trailer escaped, and reads back as that name. */
    @Test
    void aChineseNameInTheSummaryTrailerIsEscapedNotBlanked() throws Exception {
        // a county of anning-2022 is known by its name
        JsonNode request = JSON.readTree(examples().stream().filter(p -> p.getFileName().toString()
                .startsWith("anning-")).findFirst().orElseThrow().toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("applicant")).put("name", "嘉兴南湖\u00e9区");
        String line = request.toString() + "\n";
        byte[] body = (line + line).getBytes(StandardCharsets.UTF_8);
        String raw = new String(rawPostBytes("/v1/batch", "application/x-ndjson", body), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("HTTP/1.1 200");
        assertThat(trailer(raw)).contains("\\u5609\\u5174");
        JsonNode repeat = trailerSummary(raw).at("/duplicates/repeats/0");
        assertThat(repeat.get("name").asText()).isEqualTo("嘉兴南湖\u00e9区");
        assertThat(repeat.get("line").asLong()).isEqualTo(2);
    }

    /**
     * A body cut short (its Content-Length promises 50 bytes more, then the client shuts its side) or with a broken
     * chunked framing is the client's mistake: 400 problem JSON in the language asked, never a 500 "internal error",
     * and no ERROR in the log.
     */
    @Test
    void aBodyThatEndsEarlyOrIsMalformedIs400NotAnInternalError() throws Exception {
        byte[] example = Files.readAllBytes(examples().get(0));
        LogLines events = new LogLines(LogLines.SERVICE);
        try (events) {
            String head = "Content-Length: " + (example.length + 50);
            JsonNode p = assertBrokenBodyIs400("/v1/evaluate", "application/json", head, example, "en");
            assertThat(p.get("detail").asText()).isEqualTo("the body ended early: " + example.length + " of the "
                    + (example.length + 50) + " bytes its Content-Length declares arrived");
            p = assertBrokenBodyIs400("/v1/evaluate", "application/json", head, example, null);
            assertThat(p.get("title").asText()).isEqualTo("请求无效");
            assertThat(p.get("detail").asText()).startsWith("请求体提前结束");
            p = assertBrokenBodyIs400("/v1/batch", "application/x-ndjson", head,
                    (JSON.readTree(example).toString() + "\n").getBytes(StandardCharsets.UTF_8), "en");
            assertThat(p.get("detail").asText()).startsWith("the body ended early: ");

            byte[] badChunk = ("ZZ\r\n").getBytes(StandardCharsets.US_ASCII);
            p = assertBrokenBodyIs400("/v1/evaluate", "application/json", "Transfer-Encoding: chunked",
                    concat(badChunk, example), "en");
            assertThat(p.get("detail").asText()).startsWith("the body ended early or its chunked encoding is "
                    + "malformed: it broke off after 0 bytes");
            byte[] cutChunk = (Integer.toHexString(example.length + 50) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            p = assertBrokenBodyIs400("/v1/evaluate", "application/json", "Transfer-Encoding: chunked",
                    concat(cutChunk, example), "en");
            assertThat(p.get("detail").asText()).startsWith("the body ended early or its chunked encoding is "
                    + "malformed: it broke off after " + example.length + " bytes");
        }
        assertThat(events.events()).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void jettysOwnErrorsAreProblemJson() throws Exception {
        // refused by Jetty before any route, and before it has read the headers (so in Chinese, the default, even
        // when Accept-Language asks for English): a malformed URI, a URI too long, headers too large
        JsonNode uri = rawProblem("GET /v1/schema/%ZZ HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n", 400, "zh");
        assertThat(uri.get("title").asText()).isEqualTo("请求无效");
        assertThat(uri.get("detail").asText()).isEqualTo("请求无法解析:请求行、URI 或头部格式有误");
        JsonNode longUri = rawProblem("GET /v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "zh");
        assertThat(longUri.get("title").asText()).isEqualTo("URI 过长");
        JsonNode header = rawProblem("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
                431, "zh");
        assertThat(header.get("detail").asText()).isEqualTo("请求头过大");
        assertThat(header.get("instance").asText()).isEqualTo("/health");
        // a request line Jetty could not read has no path: none is named (Jetty's stand-in is "/badMessage")
        assertThat(uri.get("instance").asText()).isEmpty();
        assertThat(longUri.get("instance").asText()).isEmpty();
        // whatever the method: Jetty's own error pages are for GET, POST and HEAD only, an empty body for the rest
        JsonNode options = rawProblem("OPTIONS * HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nConnection: close"
                + "\r\n\r\n", 404, "en");
        assertThat(options.get("detail").asText()).isEqualTo("no such resource");
        JsonNode longDelete = rawProblem("DELETE /v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414,
                "zh");
        assertThat(longDelete.get("title").asText()).isEqualTo("URI 过长");
        // an HTTP version other than 1.0 and 1.1 is 505, HTTP/2.0 too (Jetty answers it 426, without the Upgrade
        // header that status must carry), each told what the service takes
        for (String version : List.of("HTTP/2.0", "HTTP/3.0", "HTTP/1.2", "HTTP/0.9")) {
            JsonNode refused = rawProblem("GET /health " + version + "\r\nHost: x\r\n\r\n", 505, "zh");
            assertThat(refused.get("detail").asText()).as(version)
                    .isEqualTo("不支持该 HTTP 版本:本服务只接受 HTTP/1.0 与 HTTP/1.1");
        }
        JsonNode expect = rawProblem("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nExpect: more\r\nAccept-Language: en\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", 417, "en");
        assertThat(expect.get("detail").asText()).isEqualTo("the Expect header is not supported: only 100-continue is");
        JsonNode expectZh = rawProblem("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nExpect: more\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", 417, "zh");
        assertThat(expectZh.get("title").asText()).isEqualTo("预期失败"); // it had been "错误"
        // before a route, whatever the method: a GET meets it too (the OpenAPI document declares it for every GET)
        assertThat(rawProblem("GET /health HTTP/1.1\r\nHost: x\r\nExpect: more\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n", 417, "en").get("detail").asText())
                .isEqualTo("the Expect header is not supported: only 100-continue is");
        try (Socket s = new Socket("127.0.0.1", server.port())) { // and it varies as every answer does
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nExpect: more\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer.substring(0, answer.indexOf("\r\n\r\n")))
                    .contains("Vary: Accept-Language, Accept-Encoding");
        }
        assertThat(rawProblem("GET /health HTTP/2.0\r\nHost: x\r\n\r\n", 505, "zh").get("title").asText())
                .isEqualTo("服务器不支持该协议版本");
    }

    /**
     * A 505 ends the connection (Jetty cannot read what follows a request line of another version), and says so, as
     * RFC 9112 §9.6 asks of a server that closes: a client keeping the connection for its next request would
     * otherwise send it into a closed socket.
     */
    @Test
    void a505SaysThatItClosesTheConnection() throws Exception {
        for (String version : List.of("HTTP/2.0", "HTTP/1.2")) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("GET /health " + version + "\r\nHost: x\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                // read to the end: the server closes the connection after the answer
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(version).startsWith("HTTP/1.1 505 ");
                assertThat(answer.substring(0, answer.indexOf("\r\n\r\n")).lines()).as(version)
                        .containsOnlyOnce("Connection: close");
            }
        }
    }

    /** Sends {@code head} as it is and reads the problem JSON it is answered with. */
    static JsonNode rawProblem(String head, int status, String language) throws IOException {
        return rawProblem(server.port(), head, status, language);
    }

    /** {@link #rawProblem(String, int, String)} from the server on {@code port}. */
    static JsonNode rawProblem(int port, String head, int status, String language) throws IOException {
        String answer;
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status + " ");
        int headEnd = answer.indexOf("\r\n\r\n");
        String answerHead = answer.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        assertThat(answerHead).as(answer).contains("content-type: application/problem+json")
                .contains("content-language: " + language);
        JsonNode problem = JSON.readTree(answer.substring(headEnd + 4));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        // the fields every problem of the service has
        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "title", "status", "detail", "instance");
        return problem;
    }

    /** Sends a head with {@code framing}, then {@code body}, shuts the sending side, and reads a 400 problem. */
    static JsonNode assertBrokenBodyIs400(String path, String type, String framing, byte[] body, String language)
            throws IOException {
        String answer;
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n"
                    + (language == null ? "" : "Accept-Language: " + language + "\r\n") + framing + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            s.shutdownOutput();
            answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).as(answer).startsWith("HTTP/1.1 400 ");
        int headEnd = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).contains("content-type: application/problem+json").doesNotContain("\r\ntrailer:");
        String content = answer.substring(headEnd + 4);
        if (head.contains("transfer-encoding: chunked")) {
            content = content.substring(content.indexOf("\r\n") + 2, content.lastIndexOf("\r\n0\r\n"));
        }
        JsonNode p = JSON.readTree(content);
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(p.get("instance").asText()).isEqualTo(path);
        assertThat(p.get("detail").asText()).doesNotContain("internal").doesNotContain("内部错误");
        return p;
    }

    /** The Batch-Summary trailer field's value in an answer read byte for byte (one char per byte), checked ASCII. */
    static String trailer(String raw) {
        int end = raw.indexOf("\r\n0\r\n");
        assertThat(end).as("the last chunk").isPositive();
        String trailer = raw.substring(end + 5);
        assertThat(trailer).startsWith(DecisionServer.SUMMARY_TRAILER + ": ").endsWith("\r\n\r\n");
        String value = trailer.substring(DecisionServer.SUMMARY_TRAILER.length() + 2, trailer.length() - 4);
        assertThat(value.chars()).as("the trailer is printable ASCII").allMatch(c -> c >= 0x20 && c < 0x7f);
        assertThat(value.length()).isLessThanOrEqualTo(SummaryTrailer.MAX_BYTES);
        return value;
    }

    static JsonNode trailerSummary(String raw) throws IOException {
        return JSON.readTree(trailer(raw));
    }

    @Test
    void concurrentClientsGetTheBytesOfASerialRun() throws Exception {
        List<byte[]> requests = new ArrayList<>();
        for (Path p : examples()) {
            requests.add(Files.readAllBytes(p));
        }
        List<String> serial = new ArrayList<>();
        for (byte[] r : requests) {
            serial.add(post("/v1/evaluate", "application/json", r).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % requests.size();
                checks.add(pool.submit(() -> post("/v1/evaluate", "application/json", requests.get(k)).body()
                        .equals(serial.get(k))));
            }
            for (Future<Boolean> f : checks) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stoppingLetsRequestsInFlightFinishAndRefusesNewOnes() throws Exception {
        java.util.concurrent.CountDownLatch evaluating = new java.util.concurrent.CountDownLatch(1);
        RulesEngine slow = evaluatingSlowly(evaluating, 800);
        DecisionServer s = new DecisionServer(slow, DecisionServer.Settings.defaults(), CLOCK).start("127.0.0.1", 0);
        String url = "http://127.0.0.1:" + s.port() + "/v1/evaluate";
        byte[] request = Files.readAllBytes(examples().get(0));
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(), HttpResponse.BodyHandlers.ofString());
        // in flight: being evaluated (a request still in the listener's backlog when it closes is not, and is reset)
        assertThat(evaluating.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        s.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(200));
        HttpResponse<String> r = inFlight.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200); // a 503's detail says which: the time limit, or a stop
        assertThat(r.body()).isEqualTo(expected(request, Language.ZH, false));
    }

    /**
     * What a client meets while the service stops (Jetty's graceful stop): the listener closes at once, so a new
     * connection is refused — no 503, no {@code STOPPING} from {@code /health}, which only a connection opened before
     * could reach — while the request in flight finishes, its answer closing the connection.
     */
    @Test
    void whileStoppingANewConnectionIsRefusedAndTheRequestInFlightFinishes() throws Exception {
        java.util.concurrent.CountDownLatch evaluating = new java.util.concurrent.CountDownLatch(1);
        RulesEngine slow = evaluatingSlowly(evaluating, 1_500);
        DecisionServer s = new DecisionServer(slow, DecisionServer.Settings.defaults(), CLOCK).start("127.0.0.1", 0);
        String root = "http://127.0.0.1:" + s.port();
        byte[] request = Files.readAllBytes(examples().get(0));
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(root
                        + "/v1/evaluate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(evaluating.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(s::stop);
        Thread.sleep(300);
        assertThat(stopping).isNotDone();
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(URI.create(root
                        + "/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.ConnectException.class);
        HttpResponse<String> r = inFlight.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200); // a 503's detail says which: the time limit, or a stop
        assertThat(r.body()).isEqualTo(expected(request, Language.ZH, false));
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
        stopping.get();
    }

    /**
     * The test engine's policies, with every evaluation done by {@code evaluation} instead: a broken or slow engine.
     */
    static RulesEngine evaluatingWith(java.util.function.Function<EvaluationRequest, EvaluationResult> evaluation) {
        return new RulesEngine() {
            @Override
            public List<PolicyDescription> policies() {
                return engine.policies();
            }

            @Override
            public PolicyDescription policy(String id) {
                return engine.policy(id);
            }

            @Override
            public List<io.iprules.Outcome> evaluateAll(List<EvaluationRequest> requests) {
                return requests.stream().map(r -> io.iprules.Outcome.of(evaluate(r))).toList();
            }

            @Override
            public EvaluationResult evaluate(EvaluationRequest request) {
                return evaluation.apply(request);
            }
        };
    }

    /**
     * An engine that counts {@code evaluating} down when an evaluation begins (the request is in flight, past the
     * listener), then takes {@code millis} over it, and still answers if interrupted.
     */
    static RulesEngine evaluatingSlowly(java.util.concurrent.CountDownLatch evaluating, long millis) {
        return evaluatingWith(request -> {
            evaluating.countDown();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.evaluate(request);
        });
    }

    /** An engine whose evaluations take {@code millis}; {@code interrupted} counts those cut short by an interrupt. */
    static RulesEngine sleeping(long millis, java.util.concurrent.atomic.AtomicInteger interrupted) {
        return evaluatingWith(request -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            return engine.evaluate(request);
        });
    }

    @Test
    void anEvaluationOverTheRequestTimeoutIs503AndIsCancelled() throws Exception {
        java.util.concurrent.atomic.AtomicInteger interrupted = new java.util.concurrent.atomic.AtomicInteger();
        DecisionServer.Settings settings = DecisionServer.Settings.defaults()
                .withRequestTimeout(Duration.ofMillis(300));
        try (DecisionServer s = new DecisionServer(sleeping(20_000, interrupted), settings, CLOCK)
                .start("127.0.0.1", 0)) {
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                            + "/v1/evaluate")).header("Content-Type", "application/json")
                            .header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(examples().get(0)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            JsonNode p = assertProblem(r, 503);
            assertThat(p.get("detail").asText()).contains("longer than the service allows (300 ms)");
            // sent again, it would take as long again: no invitation to retry
            assertThat(r.headers().firstValue("Retry-After")).isEmpty();
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(15));
            // The evaluation's thread was interrupted, not left sleeping out its 20 s.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (interrupted.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(interrupted.get()).isEqualTo(1);
        }
        // An evaluation within the limit is answered as usual.
        try (DecisionServer s = new DecisionServer(sleeping(50, interrupted), settings.withRequestTimeout(
                Duration.ofSeconds(20)), CLOCK).start("127.0.0.1", 0)) {
            byte[] request = Files.readAllBytes(examples().get(0));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                            + "/v1/evaluate")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(expected(request, Language.ZH, false));
        }
    }

    @Test
    void aFullEvaluationPoolIs503AtOnceWithRetryAfter() throws Exception {
        // One evaluation thread and one place in its queue: the first request evaluates (held until released), the
        // second waits in the queue, the third finds both taken.
        java.util.concurrent.CountDownLatch evaluating = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        RulesEngine held = evaluatingWith(request -> {
            evaluating.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.evaluate(request);
        });
        java.util.concurrent.ThreadPoolExecutor pool = TimeLimits.evaluationPool(1, 1);
        byte[] body = Files.readAllBytes(examples().get(0));
        try (DecisionServer s = new DecisionServer(held, DecisionServer.Settings.defaults()
                .withRequestTimeout(Duration.ofSeconds(60)), CLOCK, pool).start("127.0.0.1", 0)) {
            try { // released before the server stops, which waits for the evaluation it holds
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                                + "/v1/evaluate")).header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                var first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                assertThat(evaluating.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                var second = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (pool.getQueue().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(pool.getQueue()).hasSize(1);

                long start = System.nanoTime();
                HttpResponse<String> third = http.send(request, HttpResponse.BodyHandlers.ofString());
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                JsonNode p = assertProblem(third, 503);
                assertThat(p.get("detail").asText()).isEqualTo("the service is busy: every evaluation thread is "
                        + "taken and the queue is full; try again later");
                assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(took).as("refused at once, not after the request timeout")
                        .isLessThan(Duration.ofSeconds(30));

                release.countDown();
                assertThat(first.get(20, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                HttpResponse<String> queued = second.get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(queued.statusCode()).isEqualTo(200);
                assertThat(queued.headers().firstValue("Retry-After")).isEmpty();
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void aBodyThatTricklesPastTheBodyTimeoutIs408() throws Exception {
        // The idle timeout (30 s) never fires here: the client sends a byte, then another 300 ms later, then waits
        // without writing; the body timeout (1 s) cuts the wait short. The client writes nothing after its second
        // byte, so nothing races the answer.
        assertStalledBodyIs408(DecisionServer.Settings.defaults().withBodyTimeout(Duration.ofSeconds(1)),
                "/v1/evaluate", "application/json", 300, "request timeout: the body did not arrive within 1 s",
                Duration.ofMillis(900));
    }

    /**
     * The body's time limit shortens the connection's idle timeout only while the body is read: once it is in, a
     * kept-alive connection waits for its next request the idle timeout (30 s) again, not what was left of the body's
     * 1 s. The client reads nothing for 2 s, twice the body's limit: the connection must still be open, and answer.
     */
    @Test
    void aKeptAliveConnectionWaitsTheIdleTimeoutAgainOnceABodyIsIn() throws Exception {
        byte[] example = Files.readAllBytes(examples().get(0));
        byte[] request = concat(("POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + example.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), example);
        try (DecisionServer s = new DecisionServer(engine, DecisionServer.Settings.defaults()
                .withBodyTimeout(Duration.ofSeconds(1)), CLOCK).start("127.0.0.1", 0);
             Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            assertThat(oneAnswer(in)).startsWith("HTTP/1.1 200 ");
            socket.setSoTimeout(2_000);
            assertThatThrownBy(in::read).as("the server closed the kept-alive connection")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            assertThat(oneAnswer(in)).startsWith("HTTP/1.1 200 ");
        }
    }

    /** One answer read off a kept-alive connection, its head and body (of a {@code Content-Length}, or chunked). */
    static String oneAnswer(InputStream in) throws IOException {
        String head = line(in, "\r\n\r\n");
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
                .matcher(head);
        if (length.find()) {
            return head + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
        }
        assertThat(head).containsIgnoringCase("\r\ntransfer-encoding: chunked");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = Integer.parseInt(line(in, "\r\n").strip(), 16)) > 0; ) {
            body.write(in.readNBytes(size));
            assertThat(line(in, "\r\n")).isEqualTo("\r\n");
        }
        assertThat(line(in, "\r\n")).isEqualTo("\r\n"); // no trailer
        return head + body.toString(StandardCharsets.UTF_8);
    }

    /** The bytes of {@code in} up to and including {@code end}, as ISO-8859-1. */
    private static String line(InputStream in, String end) throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < end.length() || !b.substring(b.length() - end.length()).equals(end)) {
            int c = in.read();
            assertThat(c).as("the answer ended early: " + b).isNotNegative();
            b.append((char) c);
        }
        return b.toString();
    }

    @Test
    void aBatchWhoseClientFallsSilentIs408AfterTheIdleTimeout() throws Exception {
        assertStalledBodyIs408(DecisionServer.Settings.defaults().withIdleTimeout(Duration.ofMillis(700)),
                "/v1/batch", "application/x-ndjson", 0, "request timeout: the connection was silent for 700 ms",
                Duration.ofMillis(600));
    }

    /**
     * A server with {@code settings} answers a body that stalls ({@link #stalledBody}) with 408 and {@code detail},
     * no sooner than {@code atLeast} and well before the test's own 20 s.
     */
    private static void assertStalledBodyIs408(DecisionServer.Settings settings, String path, String type,
            long pauseMillis,
                                               String detail, Duration atLeast) throws Exception {
        try (DecisionServer s = new DecisionServer(engine, settings, CLOCK).start("127.0.0.1", 0)) {
            long start = System.nanoTime();
            String answer = stalledBody(s.port(), path, type, pauseMillis);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(answer).startsWith("HTTP/1.1 408 ").contains("application/problem+json").contains(detail);
            // a refusal before any answer is a whole answer: it announces no trailer (a batch's summary never follows)
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            assertThat(head.toLowerCase(java.util.Locale.ROOT)).doesNotContain("\r\ntrailer:");
            assertThat(took).isGreaterThanOrEqualTo(atLeast).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aBatchWhoseClientFallsSilentAfterItsAnswerBeganIsCutOffWithoutItsSummary() throws Exception {
        // Two chunks of 2,048 lines and a few more lines are sent, of a body whose Content-Length promises more: it
        // is read as a file is, in whole chunks, so the first chunk is answered (the answer has begun) once the
        // second has been read, while the third's rest is awaited, and the client sends nothing more. The idle
        // timeout cuts the exchange: the client must see a transfer broken off, without the Batch-Summary trailer,
        // never a complete-looking answer.
        DecisionServer.Settings settings = DecisionServer.Settings.defaults().withIdleTimeout(Duration.ofSeconds(3));
        try (DecisionServer s = new DecisionServer(engine, settings, CLOCK).start("127.0.0.1", 0)) {
            byte[] lines = "not json\n".repeat(2 * 2048 + 10).getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try (Socket socket = new Socket("127.0.0.1", s.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                        + "TE: trailers\r\nConnection: close\r\nContent-Length: " + (lines.length + 1000)
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(lines);
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        got.write(buffer, 0, n);
                    }
                } catch (IOException reset) {
                    // a reset connection is a cut-off transfer too: what arrived before it is checked below
                }
            }
            String raw = got.toString(StandardCharsets.UTF_8);
            assertThat(raw).startsWith("HTTP/1.1 200 ").contains("\"line\":2048,").doesNotContain("\"line\":2049,");
            assertThat(raw).doesNotContain("\r\n0\r\n").doesNotContain(DecisionServer.SUMMARY_TRAILER + ":");
        }
    }

    /**
     * A client that waits for the answers to the lines it sent before it sends more (an interactive or back-pressured
     * client) gets them while its body is still open: fewer lines than a chunk, then enough for more than one chunk.
     * A chunk's answers were written only once the next chunk had been read, so such a client got none, not even
     * those of a whole chunk, until the idle timeout cut it off.
     */
    @Test
    void aClientThatWaitsForAnswersBeforeItSendsMoreLinesGetsThem() throws Exception {
        String request = JSON.readTree(Files.readAllBytes(examples().get(0))).toString() + "\n";
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "TE: trailers\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int sent = 0;
            for (int lines : new int[] {10, 2500}) { // a chunk holds 2,048
                byte[] piece = (request + "not json\n".repeat(lines - 1)).getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(piece);
                out.write(new byte[] {'\r', '\n'});
                out.flush();
                sent += lines;
                // then nothing more until the answer to its last line has come
                String last = "\"line\":" + sent + ",";
                assertThat(readUntil(socket, got, last, Duration.ofSeconds(10)))
                        .as("the answers to the %d lines sent, the body still open", sent).contains(last);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(30_000);
            got.writeBytes(GracefulStopTest.readToEnd(socket.getInputStream()).getBytes(StandardCharsets.UTF_8));
            String raw = got.toString(StandardCharsets.UTF_8);
            assertThat(raw).startsWith("HTTP/1.1 200 ");
            String trailer = raw.substring(raw.indexOf("\r\n0\r\n") + 5);
            assertThat(trailer).startsWith(DecisionServer.SUMMARY_TRAILER + ": ");
            JsonNode summary = JSON.readTree(trailer.substring(DecisionServer.SUMMARY_TRAILER.length() + 2).trim());
            assertThat(summary.get("requests").asLong()).isEqualTo(sent);
            assertThat(summary.get("evaluated").asLong()).isEqualTo(2);
        }
    }

    /**
     * Reads the answer on {@code socket} into {@code got} until it holds {@code wanted} or {@code within} has passed;
     * what it holds, as text.
     */
    private static String readUntil(Socket socket, ByteArrayOutputStream got, String wanted, Duration within)
            throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        byte[] buffer = new byte[8192];
        while (!got.toString(StandardCharsets.UTF_8).contains(wanted) && System.nanoTime() < deadline) {
            socket.setSoTimeout(200);
            try {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                got.write(buffer, 0, n);
            } catch (java.net.SocketTimeoutException nothingYet) {
                // nothing more has come yet: asked again until the deadline
            }
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /**
     * Sends a head promising 1,000 bytes, one byte of body, optionally a second after {@code pauseMillis}, then
     * nothing more, and reads the whole answer.
     */
    static String stalledBody(int port, String path, String type, long pauseMillis) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nAccept-Language: en\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
                out.write(' ');
                out.flush();
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
