package io.iprules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iprules.PolicyDescription;
import io.iprules.schema.ContractSchemas;

/**
 * The service's OpenAPI 3.1 document, built from the same schemas as {@code ip-rules schema}: each policy's request
 * is a component, a request of any policy is their {@code oneOf}, and the result and error are components too. New
 * policy modules on the classpath appear by themselves.
 */
final class OpenApi {
    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
    private static final String REF = "#/components/schemas/";

    /**
     * What each of the three POSTs may meet besides 200: an invalid request (400), a method not allowed on its path
     * (405), a body that did not arrive in time (408), over a size limit (413), a URI or headers too long (414, 431),
     * a body that is not JSON, not UTF-8 or compressed (415), an {@code Expect} other than {@code 100-continue} (417),
     * a bug (500), a transfer coding other than chunked (501), busy, over time or stopping (503), an HTTP version
     * other than 1.0 and 1.1 (505).
     */
    private static final int[] POSTED = {400, 405, 408, 413, 414, 415, 417, 431, 500, 501, 503, 505};
    /**
     * What a GET may meet besides 200: a query parameter (400), a URI or headers too long (414, 431), an {@code Expect}
     * other than {@code 100-continue} (417: answered before a route, whatever the method), a bug (500), a request sent
     * on a kept-alive connection while the service stops (503), an HTTP version other than 1.0 and 1.1 (505); 405 and
     * 404 are for other methods and paths.
     */
    private static final int[] READ = {400, 414, 417, 431, 500, 503, 505};
    /** As {@link #READ}, and 404 for an unknown id in the path. */
    private static final int[] READ_ONE = {400, 404, 414, 417, 431, 500, 503, 505};

    private OpenApi() {
    }

    static ObjectNode document(ContractSchemas schemas, String version) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.1.0");
        doc.put("jsonSchemaDialect", ContractSchemas.DIALECT);
        ObjectNode info = doc.putObject("info");
        info.put("title", "ip-rules decision service");
        info.put("version", version);
        info.put("description", "Chinese IP policy documents as executable, explainable rules: a request of the "
                + "JSON contract in, what the policy decides and why (clause by clause) out. Policies: "
                + String.join(", ", schemas.policies().stream().map(PolicyDescription::id).toList()) + ". A path "
                + "may be written with a trailing slash: /v1/evaluate/ is /v1/evaluate.");
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");

        ObjectNode components = doc.putObject("components");
        ObjectNode s = components.putObject("schemas");
        ArrayNode anyPolicy = NODES.arrayNode();
        ObjectNode mapping = NODES.objectNode();
        for (PolicyDescription p : schemas.policies()) {
            s.set(name(p.id()), ContractSchemas.embedded(schemas.requestBody(p.id()), REF + name(p.id())));
            anyPolicy.addObject().put("$ref", REF + name(p.id()));
            mapping.put(p.id(), REF + name(p.id()));
        }
        ObjectNode request = s.putObject("Request");
        request.put("description", "A request of any policy, told apart by its policy field.");
        request.set("oneOf", anyPolicy);
        request.putObject("discriminator").put("propertyName", "policy").set("mapping", mapping);
        s.set("Result", ContractSchemas.embedded(schemas.result(), REF + "Result"));
        s.set("Error", ContractSchemas.embedded(schemas.error(), REF + "Error"));
        s.set("Policies", ContractSchemas.embedded(schemas.policyList(), REF + "Policies"));
        ObjectNode problem = s.putObject("Problem");
        problem.put("description", "RFC 9457 problem details; an invalid request (400) lists every problem with its "
                + "JSON path.");
        problem.put("type", "object");
        ObjectNode pp = problem.putObject("properties");
        pp.putObject("type").put("type", "string");
        pp.putObject("title").put("type", "string");
        pp.putObject("status").put("type", "integer");
        pp.putObject("detail").put("type", "string");
        pp.putObject("instance").put("type", "string");
        ObjectNode item = pp.putObject("problems").put("type", "array").putObject("items");
        item.put("type", "object");
        item.putObject("properties").putObject("path").put("type", "string");
        ((ObjectNode) item.get("properties")).putObject("message").put("type", "string");
        item.putArray("required").add("path").add("message");
        problem.putArray("required").add("type").add("title").add("status").add("detail");

        ObjectNode params = components.putObject("parameters");
        params.putObject("AcceptLanguage").put("name", "Accept-Language").put("in", "header")
                .put("description", "zh (default) or en: the language of explanations.")
                .putObject("schema").put("type", "string");
        params.putObject("Trace").put("name", "trace").put("in", "query")
                .put("description", "true: add the rules fired with their clauses (\"trace\"); given alone "
                        + "(?trace) or empty (?trace=), it is true; false: none; any other value is a 400.")
                .putObject("schema").put("type", "boolean");
        params.putObject("PolicyId").put("name", "id").put("in", "path").put("required", true)
                .put("description", "A policy id.").putObject("schema").set("enum", ids(schemas));

        ObjectNode responses = components.putObject("responses");
        for (int status : new int[] {400, 404, 405, 408, 413, 414, 415, 417, 431, 500, 501, 503, 505}) {
            ObjectNode r = responses.putObject("P" + status).put("description", describe(status));
            if (status == 405) {
                r.putObject("headers").putObject("Allow").put("description", "The methods the path answers: POST, "
                        + "or GET, HEAD (RFC 9110 §15.5.6).").putObject("schema").put("type", "string");
            }
            if (status == 415) {
                r.putObject("headers").putObject("Accept-Encoding").put("description", "identity, when the body "
                        + "came with a Content-Encoding: the service decodes none (RFC 9110 §15.5.16).")
                        .putObject("schema").put("type", "string");
            }
            if (status == 503) {
                r.putObject("headers").putObject("Retry-After").put("description", "When the service was busy "
                        + "(the most requests, or requests with a large body, it takes on at once being handled, or a "
                        + "small batch of a known length that "
                        + "waited for a place in vain: 1; the most batches it evaluates at once being evaluated, or a "
                        + "batch that ran the service's memory out before its first result: 10): the seconds to wait "
                        + "before sending the request again. Absent when the evaluation took longer than allowed or "
                        + "the service is stopping.")
                        .putObject("schema").put("type", "integer").put("minimum", 1);
            }
            r.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref",
                    REF + "Problem");
        }

        ObjectNode paths = doc.putObject("paths");
        ObjectNode evaluate = paths.putObject("/v1/evaluate").putObject("post");
        evaluate.put("operationId", "evaluate");
        evaluate.put("summary", "Evaluate one request");
        evaluate.put("description", "The result is the bytes of `ip-rules evaluate --format json` for the same "
                + "request and language.");
        params(evaluate, "AcceptLanguage", "Trace");
        evaluate.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json").putObject("schema").put("$ref", REF + "Request");
        ObjectNode er = evaluate.putObject("responses");
        json(er.putObject("200").put("description", "Evaluated, whatever the outcome."), REF + "Result");
        problems(er, POSTED);

        ObjectNode report = paths.putObject("/v1/report").putObject("post");
        report.put("operationId", "report");
        report.put("summary", "The officer's report of one request");
        report.put("description", "The same request as /v1/evaluate. The answer is the page `ip-rules report --html` "
                + "writes (text/html), or, when Accept ranks text/plain above text/html, the text `ip-rules evaluate` "
                + "prints (trace: with the rules fired). Self-contained: the page loads nothing.");
        params(report, "AcceptLanguage", "Trace");
        report.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json").putObject("schema").put("$ref", REF + "Request");
        ObjectNode rr = report.putObject("responses");
        ObjectNode r200 = rr.putObject("200").put("description", "Evaluated, whatever the outcome: the report.");
        ObjectNode reportContent = r200.putObject("content");
        reportContent.putObject("text/html").putObject("schema").put("type", "string");
        reportContent.putObject("text/plain").putObject("schema").put("type", "string");
        problems(rr, POSTED);

        ObjectNode batch = paths.putObject("/v1/batch").putObject("post");
        batch.put("operationId", "batch");
        batch.put("summary", "Evaluate JSON Lines");
        batch.put("description", "One request per line in, one result (or error line) per line out, streamed in "
                + "input order as the lines are evaluated (where the body pauses, the lines received are answered "
                + "before the service waits for more: a client sending its body in chunks, without Content-Length, "
                + "may wait for the answers to the lines it sent before it sends more; a body with a Content-Length "
                + "is read in whole chunks, as a file is); memory does not grow with the batch beyond the check for "
                + "repeated applicants (the batches at once share a quarter of the heap for it; the lines it could not "
                + "remember are counted in duplicates.unchecked). "
                + "The summary follows in the HTTP trailer "
                + DecisionServer.SUMMARY_TRAILER + ": the JSON of `ip-rules batch --summary` in ASCII (other "
                + "characters as \\uXXXX escapes), at most " + SummaryTrailer.MAX_BYTES + " bytes. The repeated "
                + "applicants are cut to the first that fit, duplicates.omitted counting the rest; should that not "
                + "be enough, budget.byCode, budget.awaitingApplicant.byCode (when there) then byPolicy are left "
                + "out and named in dropped. The totals are always exact. The body may state its Content-Length "
                + "(over the limit: 413 at once) or be sent in chunks (over the limit: 413 if no result was sent yet; "
                + "after that the transfer is cut off, without its last chunk and the trailer, as for any failure "
                + "once results are streaming).");
        params(batch, "AcceptLanguage", "Trace");
        // JSON Lines by any of its names: application/x-ndjson, the one the answer is in, or another
        ObjectNode lines = batch.putObject("requestBody").put("required", true)
                .put("description", "JSON Lines, as " + String.join(", ", DecisionServer.LINES_TYPES) + ".")
                .putObject("content");
        for (String type : DecisionServer.LINES_TYPES) {
            lines.putObject(type).putObject("schema").put("type", "string");
        }
        ObjectNode br = batch.putObject("responses");
        ObjectNode b200 = br.putObject("200").put("description", "One line per input line: a result, or an error "
                + "with its line number.");
        b200.putObject("content").putObject("application/x-ndjson").putObject("schema").put("type", "string");
        problems(br, POSTED);

        ObjectNode policies = paths.putObject("/v1/policies").putObject("get");
        policies.put("operationId", "policies");
        policies.put("summary", "Every policy: period in force, provisions, parameters, request kinds, targets, "
                + "the data it decides with and the dates that data covers");
        params(policies, "AcceptLanguage");
        ObjectNode psr = policies.putObject("responses");
        json(psr.putObject("200").put("description", "The policies, ordered by id."), REF + "Policies");
        problems(psr, READ);
        ObjectNode policy = paths.putObject("/v1/policies/{id}").putObject("get");
        policy.put("operationId", "policy");
        policy.put("summary", "One policy: provisions, parameters with dates and sources, readings, the data it "
                + "decides with (a working-day calendar, for one) and the dates it covers");
        params(policy, "PolicyId", "AcceptLanguage");
        ObjectNode pr = policy.putObject("responses");
        json(pr.putObject("200").put("description", "The policy."), REF + "Policies/$defs/policy");
        problems(pr, READ_ONE);
        ObjectNode schemaAll = paths.putObject("/v1/schema").putObject("get");
        schemaAll.put("operationId", "schemas");
        schemaAll.put("summary", "Every schema in one JSON Schema 2020-12 document");
        ObjectNode sar = schemaAll.putObject("responses");
        json(sar.putObject("200").put("description", "The schemas."), null).putObject("schema").put("type", "object");
        problems(sar, READ);
        ObjectNode schema = paths.putObject("/v1/schema/{id}").putObject("get");
        schema.put("operationId", "schema");
        schema.put("summary", "The JSON Schema (2020-12) of a policy's requests; 'result', 'error' and 'policies' for "
                + "those");
        schema.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .put("description", "A policy id, or result, error or policies.").putObject("schema")
                .set("enum", ids(schemas).add("result").add("error").add("policies"));
        ObjectNode sr = schema.putObject("responses");
        json(sr.putObject("200").put("description", "The schema."), null).putObject("schema").put("type", "object");
        problems(sr, READ_ONE);
        ObjectNode openapi = paths.putObject("/openapi.json").putObject("get");
        openapi.put("operationId", "openapi");
        openapi.put("summary", "This document");
        ObjectNode or = openapi.putObject("responses");
        json(or.putObject("200").put("description", "OpenAPI 3.1."), null).putObject("schema").put("type", "object");
        problems(or, READ);
        ObjectNode health = paths.putObject("/health").putObject("get");
        health.put("operationId", "health");
        health.put("summary", "UP with the policies served; once the service stops it no longer listens (a new "
                + "connection is refused)");
        ObjectNode hr = health.putObject("responses");
        ObjectNode hs = json(hr.putObject("200").put("description", "Up."), null).putObject("schema");
        problems(hr, READ);
        hs.put("type", "object");
        ObjectNode hp = hs.putObject("properties");
        hp.putObject("status").putArray("enum").add("UP").add("STOPPING");
        hp.putObject("policies").put("type", "array").putObject("items").put("type", "string");
        hp.putObject("version").put("type", "string");
        heads(paths);
        return doc;
    }

    /**
     * Every GET is answered to HEAD too, by the same handler (RFC 9110 §9.3.2: GET's status and header fields, no
     * body): declared, so that a client generated from this document knows it may ask.
     */
    private static void heads(ObjectNode paths) {
        paths.forEach(item -> {
            JsonNode get = item.get("get");
            if (get == null) {
                return;
            }
            ObjectNode head = NODES.objectNode();
            head.put("operationId", get.get("operationId").asText() + "Head");
            head.put("summary", "As GET " + get.get("operationId").asText() + ": its status and headers, no body");
            if (get.has("parameters")) {
                head.set("parameters", get.get("parameters"));
            }
            ObjectNode responses = head.putObject("responses");
            get.get("responses").fieldNames().forEachRemaining(status -> responses.putObject(status)
                    .put("description", "As GET's " + status + ", without its body."));
            ((ObjectNode) item).set("head", head);
        });
    }

    private static ArrayNode ids(ContractSchemas schemas) {
        ArrayNode a = NODES.arrayNode();
        schemas.policies().forEach(p -> a.add(p.id()));
        return a;
    }

    private static String name(String policyId) {
        StringBuilder b = new StringBuilder("Request_");
        for (char c : policyId.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return b.toString();
    }

    private static void params(ObjectNode op, String... names) {
        ArrayNode a = op.putArray("parameters");
        for (String n : names) {
            a.addObject().put("$ref", "#/components/parameters/" + n);
        }
    }

    private static ObjectNode json(ObjectNode response, String ref) {
        ObjectNode media = response.putObject("content").putObject("application/json");
        if (ref != null) {
            media.putObject("schema").put("$ref", ref);
        }
        return media;
    }

    private static void problems(ObjectNode responses, int... statuses) {
        for (int s : statuses) {
            responses.putObject(String.valueOf(s)).put("$ref", "#/components/responses/P" + s);
        }
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "Invalid request: every problem with its JSON path (an unknown query parameter, or one "
                    + "given twice, at ?name); or a body that ended before its Content-Length or last chunk, or whose "
                    + "chunked encoding is malformed, or a request head that cannot be parsed (a malformed request "
                    + "line, URI or header, a Content-Length that is not a number or given twice, no Host, a "
                    + "Transfer-Encoding whose last coding is not chunked: answered before a header is read, in "
                    + "Chinese) (no problems list).";
            case 404 -> "Unknown policy or resource.";
            case 405 -> "Method not allowed; Allow lists those that are.";
            case 414 -> "The URI is too long (answered before the headers are read: in Chinese).";
            case 431 -> "The request headers are too large (answered before they are read: in Chinese).";
            case 413 -> "Over the size limit.";
            case 415 -> "A Content-Type that is not JSON, a charset other than UTF-8, or a compressed body (a "
                    + "Content-Encoding other than identity).";
            case 408 -> "The body did not arrive in time (or the connection fell silent).";
            case 417 -> "An Expect header other than 100-continue (answered before a route, with the CORS headers "
                    + "every answer to an allowed origin carries).";
            case 505 -> "An HTTP version other than 1.0 and 1.1 (answered before the headers are read: in Chinese).";
            case 501 -> "A Transfer-Encoding with a coding before chunked (gzip, chunked): the service decodes no "
                    + "transfer coding but chunks.";
            case 503 -> "Busy (with Retry-After), or the evaluation took longer than the service allows, or a batch "
                    + "ran the service's memory out before its first result (with Retry-After), or the request arrived "
                    + "on an open connection once the service had begun to stop.";
            default -> "Internal error (a bug): one line, no stack trace.";
        };
    }

}
