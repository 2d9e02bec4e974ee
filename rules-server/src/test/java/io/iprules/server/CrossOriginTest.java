package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.RulesEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls from a web page of another origin (CORS, the Fetch standard): allowed only for the origins the settings name,
 * and then with the headers a browser needs to hand the page the answer — the problems of an invalid request
 * included. A browser enforces it; the test reads the headers it would read.
 */
class CrossOriginTest {
    static final String APP = "https://app.example.gov.cn";
    static RulesEngine engine;
    static DecisionServer open;
    static DecisionServer closed;
    static HttpClient http;
    static byte[] request;

    @BeforeAll
    static void start() throws Exception {
        engine = RulesEngine.builder().build();
        open = new DecisionServer(engine, DecisionServer.Settings.defaults()
                .withCorsOrigins(List.of("https://App.Example.gov.cn/", "http://localhost:5173")),
                DecisionServerTest.CLOCK).start("127.0.0.1", 0);
        closed = new DecisionServer(engine, DecisionServer.Settings.defaults(), DecisionServerTest.CLOCK)
                .start("127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        request = Files.readAllBytes(Path.of("").toAbsolutePath().getParent()
                .resolve("examples/requests/pilot-city-two-parks-eligible.json"));
    }

    @AfterAll
    static void stop() {
        open.stop();
        closed.stop();
    }

    static HttpResponse<String> send(DecisionServer server, String method, String path, byte[] body,
                                     String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> vary(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).toList();
    }

    @Test
    void anAllowedOriginsPreflightIsAnsweredWithWhatItMaySend() throws Exception {
        HttpResponse<String> r = send(open, "OPTIONS", "/v1/evaluate", null, "Origin", APP,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        // in one order, whatever the JVM's (Jetty joins a Set.copyOf, whose order changes from start to start)
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("Accept, Accept-Language, Content-Type");
        assertThat(r.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void anAllowedOriginReadsTheSameAnswerAsAnyClient() throws Exception {
        HttpResponse<String> plain = send(open, "POST", "/v1/evaluate", request, "Content-Type", "application/json");
        HttpResponse<String> r = send(open, "POST", "/v1/evaluate", request, "Content-Type", "application/json",
                "Origin", APP, "Accept-Language", "en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).hasValue("Allow, Retry-After");
        // a cache between must key on the origin too, and still on the language and the encoding
        assertThat(vary(r)).containsExactly("Origin", "Accept-Language", "Accept-Encoding");
        assertThat(vary(plain)).containsExactly("Origin", "Accept-Language", "Accept-Encoding");
        HttpResponse<String> zh = send(open, "POST", "/v1/evaluate", request, "Content-Type", "application/json",
                "Origin", APP);
        assertThat(zh.body()).isEqualTo(plain.body());
        HttpResponse<String> report = send(open, "POST", "/v1/report", request, "Content-Type", "application/json",
                "Origin", "http://localhost:5173");
        assertThat(report.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(vary(report)).containsExactly("Origin", "Accept-Language", "Accept-Encoding", "Accept");
        HttpResponse<String> policies = send(open, "GET", "/v1/policies", null, "Origin", APP);
        assertThat(policies.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
    }

    @Test
    void anAllowedOriginReadsTheProblemsOfAnInvalidRequest() throws Exception {
        HttpResponse<String> r = send(open, "POST", "/v1/evaluate", "{\"policy\":\"nowhere-2099\"}"
                .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json", "Origin", APP);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"path\" : \"policy\"");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        HttpResponse<String> missing = send(open, "GET", "/v1/nothing", null, "Origin", APP);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
    }

    /**
     * A preflight asks leave to call a path: one no route answers is answered the 404 it gets otherwise, not a 200
     * that approves a call to nothing (a page's call then fails at its preflight, as a browser reports a 404 there).
     * A path a route answers is approved however it is written, with its trailing slash too, as the route answers it.
     */
    @Test
    void aPreflightToAPathNoRouteAnswersIsIts404() throws Exception {
        for (String path : List.of("/v1/nothing", "/", "/v1/policies/x/y", "/v2/evaluate")) {
            for (String origin : List.of(APP, "https://evil.example")) {
                HttpResponse<String> otherwise = send(open, "OPTIONS", path, null, "Origin", origin);
                HttpResponse<String> preflight = send(open, "OPTIONS", path, null, "Origin", origin,
                        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
                assertThat(preflight.statusCode()).as(path + " " + origin).isEqualTo(404);
                assertThat(preflight.body()).as(path).isEqualTo(otherwise.body()).contains("\"status\" : 404");
                assertThat(preflight.headers().firstValue("Content-Type"))
                        .hasValue("application/problem+json; charset=utf-8");
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path + " " + origin)
                        .isEqualTo(otherwise.headers().firstValue("Access-Control-Allow-Origin"))
                        .isEqualTo(origin.equals(APP) ? Optional.of(APP) : Optional.empty());
                assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(path).isEmpty();
                assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).as(path).isEmpty();
                assertThat(vary(preflight)).as(path).containsExactly("Origin", "Accept-Language", "Accept-Encoding");
            }
        }
        for (String path : List.of("/v1/evaluate/", "/v1/policies/jiaxing-2012", "/health")) {
            HttpResponse<String> r = send(open, "OPTIONS", path, null, "Origin", APP,
                    "Access-Control-Request-Method", "GET");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).as(path).hasValue("GET, HEAD, POST");
        }
        // without allowed origins it was a 404 already: no route, whatever the headers
        assertThat(send(closed, "OPTIONS", "/v1/nothing", null, "Origin", APP, "Access-Control-Request-Method",
                "POST").statusCode()).isEqualTo(404);
    }

    /**
     * An {@code Expect} other than {@code 100-continue} is refused by Jetty before any handler (417); its head was
     * read all the same, so the answer carries what every answer to the origin carries: {@code Vary: Origin} first,
     * and for an allowed origin leave to read it, Jetty's own handler deciding which origin is allowed.
     */
    @Test
    void a417CarriesTheCrossOriginHeadersAsEveryAnswer() throws Exception {
        for (String origin : List.of(APP, "HTTPS://APP.EXAMPLE.GOV.CN", "http://localhost:5173", "https://evil.example",
                "null", "")) {
            String head = head417(open, "POST", origin.isEmpty() ? "" : "Origin: " + origin + "\r\n");
            assertThat(head).as(origin).startsWith("HTTP/1.1 417 ")
                    .contains("\r\nVary: Origin, Accept-Language, Accept-Encoding\r\n");
            HttpResponse<String> get = send(open, "GET", "/health", null, origin.isEmpty()
                    ? new String[0] : new String[] {"Origin", origin});
            Optional<String> allowed = get.headers().firstValue("Access-Control-Allow-Origin");
            assertThat(allowed).as(origin).isEqualTo(origin.equals("https://evil.example") || origin.equals("null")
                    || origin.isEmpty() ? Optional.empty() : Optional.of(origin));
            if (allowed.isPresent()) {
                assertThat(head).as(origin).contains("\r\nAccess-Control-Allow-Origin: " + allowed.get() + "\r\n")
                        .contains("\r\nAccess-Control-Expose-Headers: Allow, Retry-After\r\n");
            } else {
                assertThat(head).as(origin).doesNotContain("Access-Control-");
            }
            // an answer, never a preflight's approval, even to an OPTIONS asking for one
            assertThat(head).doesNotContain("Access-Control-Allow-Methods").doesNotContain("Access-Control-Max-Age");
        }
        String preflight = head417(open, "OPTIONS", "Origin: " + APP + "\r\nAccess-Control-Request-Method: POST\r\n");
        assertThat(preflight).startsWith("HTTP/1.1 417 ").contains("\r\nAccess-Control-Allow-Origin: " + APP + "\r\n")
                .doesNotContain("Access-Control-Allow-Methods");
        // without allowed origins, none: as before
        assertThat(head417(closed, "POST", "Origin: " + APP + "\r\n")).doesNotContain("Access-Control-")
                .contains("\r\nVary: Accept-Language, Accept-Encoding\r\n");
    }

    /**
     * The head of the answer to a {@code method} with {@code Expect: more} and {@code headers}, read off the socket.
     */
    static String head417(DecisionServer server, String method, String headers) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write((method + " /v1/evaluate HTTP/1.1\r\nHost: x\r\nExpect: more\r\n" + headers
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n\r\n") + 2);
        }
    }

    @Test
    void anotherOriginIsAnsweredWithoutLeaveToReadIt() throws Exception {
        // a regular expression's dot would admit the first; another scheme or port is another origin
        for (String other : new String[] {"https://appxexample.gov.cn", "http://app.example.gov.cn",
                "https://app.example.gov.cn:8443", "https://evil.example", "null"}) {
            HttpResponse<String> r = send(open, "POST", "/v1/evaluate", request, "Content-Type",
                    "application/json", "Origin", other);
            assertThat(r.statusCode()).as(other).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(other).isEmpty();
            HttpResponse<String> preflight = send(open, "OPTIONS", "/v1/evaluate", null, "Origin", other,
                    "Access-Control-Request-Method", "POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(other).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(other).isEmpty();
        }
    }

    @Test
    void withoutAllowedOriginsNothingChanges() throws Exception {
        HttpResponse<String> r = send(closed, "POST", "/v1/evaluate", request, "Content-Type", "application/json",
                "Origin", APP);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        assertThat(vary(r)).containsExactly("Accept-Language", "Accept-Encoding");
        HttpResponse<String> preflight = send(closed, "OPTIONS", "/v1/evaluate", null, "Origin", APP,
                "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(405);
        assertThat(preflight.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anyOriginWhenAsked() throws Exception {
        try (DecisionServer any = new DecisionServer(engine, DecisionServer.Settings.defaults()
                .withCorsOrigins(List.of("*")), DecisionServerTest.CLOCK).start("127.0.0.1", 0)) {
            HttpResponse<String> r = send(any, "GET", "/health", null, "Origin", "https://elsewhere.example");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://elsewhere.example");
            // any origin and credentials together would let every site act as the user: never both
            assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
            HttpResponse<String> preflight = send(any, "OPTIONS", "/v1/evaluate", null, "Origin",
                    "https://elsewhere.example", "Access-Control-Request-Method", "POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://elsewhere.example");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        }
    }

    @Test
    void anOriginIsWrittenAsABrowserSendsItAndAnythingElseIsRefused() {
        assertThat(DecisionServer.Settings.origin("https://App.Example.gov.cn/")).hasValue(APP);
        assertThat(DecisionServer.Settings.origin(" https://app.example.gov.cn:443 ")).hasValue(APP);
        assertThat(DecisionServer.Settings.origin("HTTP://localhost:80")).hasValue("http://localhost");
        assertThat(DecisionServer.Settings.origin("http://localhost:5173")).hasValue("http://localhost:5173");
        assertThat(DecisionServer.Settings.origin("https://[::1]:8443")).hasValue("https://[::1]:8443");
        assertThat(DecisionServer.Settings.origin("*")).hasValue("*");
        // a Chinese domain as browsers send it: IDNA's punycode (例子 and 中国 as RFC 3492 encodes them)
        assertThat(DecisionServer.Settings.origin("https://例子.中国")).hasValue("https://xn--fsqu00a.xn--fiqs8s");
        assertThat(DecisionServer.Settings.origin("https://xn--fsqu00a.xn--fiqs8s"))
                .hasValue("https://xn--fsqu00a.xn--fiqs8s");
        // IPv6 as the URL standard writes it: the first longest run of zero groups as ::, IPv4-mapped in hex
        assertThat(DecisionServer.Settings.origin("http://[0:0:0:0:0:0:0:1]")).hasValue("http://[::1]");
        assertThat(DecisionServer.Settings.origin("http://[2001:DB8:0:0:1:0:0:1]:8080"))
                .hasValue("http://[2001:db8::1:0:0:1]:8080");
        assertThat(DecisionServer.Settings.origin("http://[::ffff:127.0.0.1]")).hasValue("http://[::ffff:7f00:1]");
        assertThat(DecisionServer.Settings.origin("http://[1:0:0:0:0:0:0:0]")).hasValue("http://[1::]");
        assertThat(DecisionServer.Settings.origin("http://[1:2:3:4:5:0:7:8]")).hasValue("http://[1:2:3:4:5:0:7:8]");
        assertThat(DecisionServer.Settings.origin("http://my_host:8080")).hasValue("http://my_host:8080");
        assertThat(DecisionServer.Settings.origin("http://host:65535")).hasValue("http://host:65535");
        for (String no : new String[] {"app.example.gov.cn", "https://app.example.gov.cn/evaluate",
                "https://app.example.gov.cn?x=1", "https://user@app.example.gov.cn", "ftp://app.example.gov.cn",
                "null", "", "https://", "https://app example", "http://host:0", "http://host:65536",
                "http://host:99999", "http://host:8o", "http://[fe80::1%25eth0]:8080", "http://[::1", "http://[::1]x",
                "http://[1.2.3.4]", "https://a<b.cn", "https://a|b.cn"}) {
            assertThat(DecisionServer.Settings.origin(no)).as(no).isEqualTo(Optional.empty());
        }
        assertThatThrownBy(() -> DecisionServer.Settings.defaults().withCorsOrigins(List.of(APP, "app.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'app.example'");
        assertThatThrownBy(() -> DecisionServer.Settings.defaults().withCorsOrigins(List.of(APP, "*")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("* allows every origin")
                .hasMessageContaining("give * alone, or the origins without it");
        assertThat(DecisionServer.Settings.defaults().withCorsOrigins(List.of("*", "*")).corsOrigins())
                .containsExactly("*");
    }

    /**
     * The URL standard at its edges: a port is 1 to 65535; a domain's forbidden code points (DEL, a space, {@code #})
     * are refused however they are written, as browsers map them (UTS 46: the ideographic space U+3000 a Chinese
     * keyboard types, and the full-width {@code ＃}, are a space and {@code #} once mapped); an empty IPv6 literal is
     * no address (Java would read {@code []} as the loopback), nor is one with a zone, even a numeric one; of two
     * equally long runs of zero groups the first is written {@code ::}.
     */
    @Test
    void anOriginsEdgesAreTheUrlStandards() {
        assertThat(DecisionServer.Settings.origin("http://host:1")).hasValue("http://host:1");
        assertThat(DecisionServer.Settings.origin("http://localhost:9090")).hasValue("http://localhost:9090");
        assertThat(DecisionServer.Settings.origin("http://[1:0:0:2:0:0:3:4]")).hasValue("http://[1::2:0:0:3:4]");
        assertThat(DecisionServer.Settings.origin("http://[1:0:0:0:2:0:0:0]")).hasValue("http://[1::2:0:0:0]");
        for (String no : new String[] {"http://a\u007Fb.cn", "http://a\u3000b.cn", "http://a\u00A0b.cn",
                "https://a\uFF03b.cn", "http://a\u0001b.cn", "http://[]", "http://[]:8080",
                "http://[fe80::1%1]", "http://:8080"}) {
            assertThat(DecisionServer.Settings.origin(no)).as(no).isEqualTo(Optional.empty());
        }
    }
}
