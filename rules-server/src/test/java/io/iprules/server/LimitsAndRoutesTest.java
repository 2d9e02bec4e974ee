package io.iprules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iprules.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size limits at their boundaries, with or without a declared length; the methods a path answers wherever it is
 * written; {@code ?trace}; the OpenAPI document's statuses and references; and what stopping does to the pool.
 */
class LimitsAndRoutesTest {
    /** The most bytes of /v1/evaluate and of /v1/batch on the small server. */
    static final int LIMIT = 100;
    static DecisionServer small;

    @BeforeAll
    static void start() {
        DecisionServerTest.start();
        small = new DecisionServer(DecisionServerTest.engine, new DecisionServer.Settings(LIMIT, LIMIT, 2,
                Duration.ofSeconds(30), Duration.ofSeconds(30)), DecisionServerTest.CLOCK).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        small.stop();
        DecisionServerTest.stop();
    }

    static String post(String path, String type, String framing, byte[] body) throws IOException {
        return DecisionServerTest.exchange(small.port(), ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: " + type + "\r\nAccept-Language: en\r\n" + framing + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), body);
    }

    /** {@code body} as one chunk and the last chunk. */
    static byte[] chunked(byte[] body) {
        return DecisionServerTest.concat((Integer.toHexString(body.length) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII),
                DecisionServerTest.concat(body, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The status of an answer read off the wire. */
    static int status(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 ");
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** {@code n} bytes of a request that is not JSON: within the limit it is read and refused as invalid, 400. */
    static byte[] notJson(int n) {
        return "x".repeat(n).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aRequestOfExactlyTheLimitIsReadAndOneByteMoreIs413() throws Exception {
        assertThat(status(post("/v1/evaluate", "application/json", "Content-Length: " + LIMIT, notJson(LIMIT))))
                .isEqualTo(400);
        String declared = post("/v1/evaluate", "application/json", "Content-Length: " + (LIMIT + 1),
                notJson(LIMIT + 1));
        assertThat(status(declared)).isEqualTo(413);
        assertThat(declared).contains("application/problem+json").contains(String.valueOf(LIMIT + 1))
                .contains(String.valueOf(LIMIT));
        // without a length, the limit is met as the body is read
        assertThat(status(post("/v1/evaluate", "application/json", "Transfer-Encoding: chunked",
                chunked(notJson(LIMIT))))).isEqualTo(400);
        String over = post("/v1/evaluate", "application/json", "Transfer-Encoding: chunked",
                chunked(notJson(LIMIT + 1)));
        assertThat(status(over)).isEqualTo(413);
        assertThat(over).contains("application/problem+json").doesNotContain("\"problems\"");
        // the report reads its request within the same limit
        assertThat(status(post("/v1/report", "application/json", "Content-Length: " + (LIMIT + 1),
                notJson(LIMIT + 1)))).isEqualTo(413);
    }

    @Test
    void aBatchOfExactlyTheLimitIsWholeAndOneByteMoreIs413() throws Exception {
        byte[] lines = "not json\n".repeat(LIMIT / 9).getBytes(StandardCharsets.US_ASCII); // 99 bytes
        byte[] exactly = DecisionServerTest.concat(lines, new byte[] {'\n'}); // and an empty line: 100
        String whole = post("/v1/batch", "application/x-ndjson", "Content-Length: " + LIMIT, exactly);
        assertThat(status(whole)).isEqualTo(200);
        assertThat(whole).contains("\"line\":" + LIMIT / 9 + ",");
        String over = post("/v1/batch", "application/x-ndjson", "Content-Length: " + (LIMIT + 1),
                DecisionServerTest.concat(exactly, new byte[] {'\n'}));
        assertThat(status(over)).isEqualTo(413);
        assertThat(over).contains("application/problem+json").doesNotContain("\"line\"");
    }

    /**
     * A path written with a trailing slash is the same resource to the router: a method it does not answer is 405,
     * and RFC 9110 §15.5.6 requires a 405 to list in {@code Allow} the methods that work.
     */
    @Test
    void a405ForAPathWithATrailingSlashStillSaysWhichMethodsWork() throws Exception {
        byte[] example = Files.readAllBytes(DecisionServerTest.examples().get(0));
        var evaluate = DecisionServerTest.get("/v1/evaluate/");
        DecisionServerTest.assertProblem(evaluate, 405);
        assertThat(evaluate.headers().firstValue("Allow")).hasValue("POST");
        for (String path : List.of("/v1/policies/", "/v1/policies/jiaxing-2012/", "/health/")) {
            var r = DecisionServerTest.post(path, "application/json", example);
            DecisionServerTest.assertProblem(r, 405);
            assertThat(r.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
        }
    }

    /**
     * What the service takes beyond the one spelling of each: a path written with a trailing slash is its route, and
     * a batch may name JSON Lines by any of its media types. Both are accepted on purpose, and the OpenAPI document
     * says so, as the README does, so that a client generated from it knows them.
     */
    @Test
    void aTrailingSlashAndEveryNameOfJsonLinesAreTakenAsTheOpenApiDocumentSays() throws Exception {
        JsonNode doc = DecisionServerTest.JSON.readTree(DecisionServerTest.get("/openapi.json").body());
        List<String> lines = List.of("application/x-ndjson", "application/jsonl", "application/json-lines",
                "application/jsonlines");
        assertThat(fieldNames(doc.at("/paths/~1v1~1batch/post/requestBody/content")))
                .containsExactlyInAnyOrderElementsOf(lines);
        byte[] request = Files.readAllBytes(DecisionServerTest.examples().get(0));
        byte[] line = (DecisionServerTest.JSON.readTree(request).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        String answer = DecisionServerTest.post("/v1/batch", "application/x-ndjson", line).body();
        for (String type : lines) {
            for (String sent : List.of(type, type.toUpperCase(java.util.Locale.ROOT) + "; charset=utf-8")) {
                var r = DecisionServerTest.post("/v1/batch", sent, line);
                assertThat(r.statusCode()).as(sent).isEqualTo(200);
                assertThat(r.body()).as(sent).isEqualTo(answer);
            }
        }
        JsonNode json = DecisionServerTest.assertProblem(DecisionServerTest.post("/v1/batch", "application/json",
                line, "Accept-Language", "en"), 415);
        assertThat(json.get("detail").asText()).isEqualTo("the body must be " + String.join(" or ", lines)
                + ", not application/json");

        assertThat(doc.at("/info/description").asText()).contains("/v1/evaluate/ is /v1/evaluate");
        var evaluate = DecisionServerTest.post("/v1/evaluate/", "application/json", request);
        assertThat(evaluate.statusCode()).isEqualTo(200);
        assertThat(evaluate.body()).isEqualTo(DecisionServerTest.expected(request, Language.ZH, false));
        assertThat(DecisionServerTest.post("/v1/batch/", "application/x-ndjson", line).body()).isEqualTo(answer);
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema/result", "/health")) {
            var slash = DecisionServerTest.get(path + "/");
            assertThat(slash.statusCode()).as(path).isEqualTo(200);
            assertThat(slash.body()).as(path).isEqualTo(DecisionServerTest.get(path).body());
        }
    }

    @Test
    void theMethodsOfAPathAreThoseOfTheRouteItMatches() {
        DecisionServer s = DecisionServerTest.server;
        assertThat(s.allowed("/v1/evaluate")).isEqualTo("POST");
        assertThat(s.allowed("/v1/policies")).isEqualTo("GET, HEAD");
        assertThat(s.allowed("/v1/policies/anything")).isEqualTo("GET, HEAD");
        assertThat(s.allowed("/v1/schema/result")).isEqualTo("GET, HEAD");
        assertThat(s.allowed("/v1/evaluate/")).isEqualTo("POST");
        assertThat(s.allowed("/")).isNull();
        // a segment a route names {id} is not empty, and a path longer or shorter than every route matches none
        assertThat(s.allowed("/v1/policies/x/y")).isNull();
        assertThat(s.allowed("/v1")).isNull();
        assertThat(s.allowed("/v2/evaluate")).isNull();
    }

    /**
     * {@code ?trace} alone is {@code ?trace=true} (a flag), and so is {@code ?trace=}: the servlet API reads both as
     * an empty value, as most query readers do; {@code ?trace=false} is none.
     */
    @Test
    void traceAloneAsksForTheRulesFired() throws Exception {
        byte[] request = Files.readAllBytes(DecisionServerTest.examples().get(0));
        var bare = DecisionServerTest.post("/v1/evaluate?trace", "application/json", request);
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.body()).isEqualTo(DecisionServerTest.expected(request, Language.ZH, true));
        var empty = DecisionServerTest.post("/v1/evaluate?trace=", "application/json", request);
        assertThat(empty.body()).isEqualTo(bare.body());
        var off = DecisionServerTest.post("/v1/evaluate?trace=false", "application/json", request);
        assertThat(off.body()).isEqualTo(DecisionServerTest.expected(request, Language.ZH, false));
        JsonNode refused = DecisionServerTest.assertProblem(DecisionServerTest.post("/v1/evaluate?trace=TRUE",
                "application/json", request, "Accept-Language", "en"), 400);
        assertThat(refused.at("/problems/0/path").asText()).isEqualTo("?trace");
    }

    /** Sends {@code request} as it is (ASCII, ending the connection) and reads the 400 problem it is answered with. */
    private static JsonNode raw400(String request) throws IOException {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", DecisionServerTest.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).as(answer).startsWith("HTTP/1.1 400 ");
        return DecisionServerTest.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    /**
     * A query parameter the service does not know, or one given twice, is refused (400) at {@code ?name}, as an
     * unknown field of a request is: a misspelt {@code ?trace} would otherwise give no trace without a word, and
     * {@code ?lang} is told that Accept-Language asks for a language.
     */
    @Test
    void anUnknownOrRepeatedQueryParameterIsRefusedNamingIt() throws Exception {
        byte[] request = Files.readAllBytes(DecisionServerTest.examples().get(0));
        for (String path : List.of("/v1/evaluate", "/v1/report", "/v1/batch")) {
            JsonNode misspelt = DecisionServerTest.assertProblem(DecisionServerTest.post(path + "?tarce=true",
                    "application/json", request, "Accept-Language", "en"), 400);
            assertThat(misspelt.at("/problems/0/path").asText()).as(path).isEqualTo("?tarce");
            assertThat(misspelt.at("/problems/0/message").asText()).as(path)
                    .isEqualTo("unknown query parameter; the only one is trace");
            JsonNode twice = DecisionServerTest.assertProblem(DecisionServerTest.post(path + "?trace=true&trace=false",
                    "application/json", request, "Accept-Language", "en"), 400);
            assertThat(twice.at("/problems/0/path").asText()).as(path).isEqualTo("?trace");
            assertThat(twice.at("/problems/0/message").asText()).as(path).isEqualTo("given 2 times; give it once");
        }
        JsonNode lang = DecisionServerTest.assertProblem(DecisionServerTest.post("/v1/evaluate?lang=en",
                "application/json", request), 400);
        assertThat(lang.at("/problems/0/path").asText()).isEqualTo("?lang");
        assertThat(lang.at("/problems/0/message").asText())
                .isEqualTo("未知的查询参数;可用的只有 trace(语言请用 Accept-Language 请求头)");
        for (String path : List.of("/v1/policies", "/v1/policies/jiaxing-2012", "/v1/schema", "/v1/schema/result",
                "/openapi.json", "/health")) {
            JsonNode refused = DecisionServerTest.assertProblem(DecisionServerTest.get(path + "?trace=true",
                    "Accept-Language", "en"), 400);
            assertThat(refused.at("/problems/0/path").asText()).as(path).isEqualTo("?trace");
            assertThat(refused.at("/problems/0/message").asText()).as(path)
                    .isEqualTo("unknown query parameter: this resource takes none");
            assertThat(DecisionServerTest.get(path).statusCode()).as(path).isEqualTo(200);
        }
        // a broken % escape (sent raw: Java's URI refuses it): Jetty drops the parameter, so ?trace=%ZZ had given
        // 200 without a trace
        String body = "{\"policy\":\"beijing-2012\"}";
        for (String query : List.of("?trace=%ZZ", "?%ZZ=1", "?trace=%", "?trace=tru%e")) {
            JsonNode broken = raw400("POST /v1/evaluate" + query + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nAccept-Language: en\r\nConnection: close\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body);
            assertThat(broken.at("/problems/0/path").asText()).as(query).isEqualTo("?");
            assertThat(broken.at("/problems/0/message").asText()).as(query).isEqualTo("not a valid query: % must be "
                    + "followed by two hexadecimal digits (%25 for % itself)");
        }
        JsonNode health = raw400("GET /health?%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(health.at("/problems/0/message").asText()).isEqualTo("查询字符串无效:% 之后必须是两位十六进制数字(% 本身写作 %25)");
        assertThat(DecisionServerTest.post("/v1/evaluate?trace=%74rue", "application/json", request).body())
                .as("a well-formed escape is read: %74 is t").contains("\"trace\"");
        // a stray & names no parameter (it had been refused at "?"); an empty name with a value is one
        assertThat(DecisionServerTest.post("/v1/evaluate?trace=true&", "application/json", request).body())
                .contains("\"trace\"");
        assertThat(DecisionServerTest.get("/health?&").statusCode()).isEqualTo(200);
        JsonNode emptyName = DecisionServerTest.assertProblem(DecisionServerTest.get("/health?=1",
                "Accept-Language", "en"), 400);
        assertThat(emptyName.at("/problems/0/path").asText()).isEqualTo("?");
    }

    /**
     * The OpenAPI document lists for each operation the statuses the contract gives it (docs/contract.md, "Over
     * HTTP"), every response has the description OpenAPI 3.1 requires, and every local reference resolves.
     */
    @Test
    void theOpenApiDocumentsStatusesAreTheContractsAndItsReferencesResolve() throws Exception {
        JsonNode doc = DecisionServerTest.JSON.readTree(DecisionServerTest.get("/openapi.json").body());
        // the contract's statuses: 414 and 431 for any request (Jetty's, before a route), 500 a bug, 503 also for a
        // request sent on a kept-alive connection while the service stops; 405 and 404 for other methods and paths;
        // 501 a body in a transfer coding besides chunked
        List<String> posted = List.of("200", "400", "405", "408", "413", "414", "415", "417", "431", "500", "501",
                "503", "505");
        for (String op : List.of("/v1/evaluate", "/v1/report", "/v1/batch")) {
            assertThat(fieldNames(doc.get("paths").get(op).get("post").get("responses"))).as(op)
                    .containsExactlyInAnyOrderElementsOf(posted);
        }
        // a GET meets 417 as a POST does (Jetty's, before a route); HEAD is answered wherever GET is, and declared so
        for (String op : List.of("/v1/policies/{id}", "/v1/schema/{id}")) {
            for (String method : List.of("get", "head")) {
                assertThat(fieldNames(doc.get("paths").get(op).get(method).get("responses"))).as(op + " " + method)
                        .containsExactlyInAnyOrder("200", "400", "404", "414", "417", "431", "500", "503", "505");
            }
        }
        for (String op : List.of("/v1/policies", "/v1/schema", "/openapi.json", "/health")) {
            for (String method : List.of("get", "head")) {
                assertThat(fieldNames(doc.get("paths").get(op).get(method).get("responses"))).as(op + " " + method)
                        .containsExactlyInAnyOrder("200", "400", "414", "417", "431", "500", "503", "505");
            }
        }
        for (String op : List.of("/v1/evaluate", "/v1/report", "/v1/batch")) {
            assertThat(doc.get("paths").get(op).has("head")).as(op).isFalse();
        }
        assertThat(doc.at("/paths/~1v1~1policies~1{id}/head/parameters")).isEqualTo(
                doc.at("/paths/~1v1~1policies~1{id}/get/parameters"));
        assertThat(doc.at("/paths/~1health/head/responses/200/content").isMissingNode()).as("no body").isTrue();
        JsonNode busy = doc.at("/components/responses/P503/headers/Retry-After/schema");
        assertThat(busy.get("type").asText()).isEqualTo("integer");
        assertThat(busy.get("minimum").asInt()).isEqualTo(1);
        assertThat(doc.at("/components/responses/P413/headers").isMissingNode()).isTrue();
        // RFC 9110 §15.5.6: a 405 has Allow; §15.5.16: a 415 for a content coding says Accept-Encoding
        assertThat(doc.at("/components/responses/P405/headers/Allow/schema/type").asText()).isEqualTo("string");
        assertThat(doc.at("/components/responses/P415/headers/Accept-Encoding/schema/type").asText())
                .isEqualTo("string");
        // RFC 9457 §3.1: a problem has a type, title, status and detail
        assertThat(doc.at("/components/schemas/Problem/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("type", "title", "status", "detail");
        assertThat(doc.at("/components/schemas/Problem/properties/problems/items/required"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("path", "message");
        List<String> descriptions = new ArrayList<>();
        doc.get("components").get("responses").forEach(r -> descriptions.add(r.path("description").asText()));
        doc.get("paths").forEach(p -> p.forEach(op -> op.get("responses").forEach(r -> {
            if (!r.has("$ref")) {
                descriptions.add(r.path("description").asText());
            }
        })));
        assertThat(descriptions).hasSizeGreaterThan(8).allSatisfy(d -> assertThat(d).isNotBlank());
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().anyMatch(r -> r.contains("/$defs/"));
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        assertThat(doc.at("/components/schemas/Result/$schema").isMissingNode()).isTrue();
        assertThat(doc.at("/components/schemas/Result/$id").isMissingNode()).isTrue();
        assertThat(doc.at("/components/schemas/Request/discriminator/mapping/jiaxing-2012").asText())
                .isEqualTo("#/components/schemas/Request_jiaxing_2012");
        // the policies listing and one policy have the listing's schema, not "an array of objects"
        assertThat(doc.at("/paths/~1v1~1policies/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Policies");
        assertThat(doc.at("/paths/~1v1~1policies~1{id}/get/responses/200/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Policies/$defs/policy");
        assertThat(doc.at("/components/schemas/Policies/items/$ref").asText())
                .isEqualTo("#/components/schemas/Policies/$defs/policy");
        // what /v1/schema/{id} answers besides a 404: each policy's requests, and the three answers' schemas
        assertThat(doc.at("/paths/~1v1~1schema~1{id}/get/parameters/0/schema/enum")).extracting(JsonNode::asText)
                .containsExactly("anning-2022", "beijing-2012", "jiaxing-2012", "northeast-2017", "pilot-city-2017",
                        "result", "error", "policies");
    }

    /**
     * {@code GET /v1/schema/result} and {@code /v1/schema/error} are what {@code ip-rules schema result|error} prints
     * (docs/contract.md); {@code /health} names the version the OpenAPI document gives.
     */
    @Test
    void theResultAndErrorSchemasAreTheCommandsAndHealthNamesTheVersion() throws Exception {
        io.iprules.schema.ContractSchemas schemas = new io.iprules.schema.ContractSchemas(DecisionServerTest.engine);
        var result = DecisionServerTest.get("/v1/schema/result");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(DecisionServerTest.JSON.readTree(result.body())).isEqualTo(schemas.result());
        var error = DecisionServerTest.get("/v1/schema/error");
        assertThat(error.statusCode()).isEqualTo(200);
        assertThat(DecisionServerTest.JSON.readTree(error.body())).isEqualTo(schemas.error());
        assertThat(schemas.error()).isNotEqualTo(schemas.result());
        var policies = DecisionServerTest.get("/v1/schema/policies");
        assertThat(policies.statusCode()).isEqualTo(200);
        assertThat(DecisionServerTest.JSON.readTree(policies.body())).isEqualTo(schemas.policyList());
        JsonNode health = DecisionServerTest.JSON.readTree(DecisionServerTest.get("/health").body());
        JsonNode openapi = DecisionServerTest.JSON.readTree(DecisionServerTest.get("/openapi.json").body());
        assertThat(health.get("version").isTextual()).isTrue();
        assertThat(health.get("version").asText()).isNotBlank()
                .isEqualTo(openapi.at("/info/version").asText());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    /** Stopping ends the evaluation pool; a second stop, or one before any start, does nothing. */
    @Test
    void stopEndsThePoolOnceAndOnlyAfterAStart() {
        ThreadPoolExecutor pool = TimeLimits.evaluationPool(1, 1);
        DecisionServer s = new DecisionServer(DecisionServerTest.engine, DecisionServer.Settings.defaults(),
                DecisionServerTest.CLOCK, pool);
        s.stop(); // not started
        assertThat(pool.isShutdown()).isFalse();
        s.start("127.0.0.1", 0);
        s.close();
        assertThat(pool.isShutdown()).isTrue();
        s.stop();
        assertThat(pool.isShutdown()).isTrue();
    }
}
