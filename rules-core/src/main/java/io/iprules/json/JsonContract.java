package io.iprules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.iprules.AmountBasis;
import io.iprules.Award;
import io.iprules.Condition;
import io.iprules.EvaluationRequest;
import io.iprules.EvaluationResult;
import io.iprules.Deadline;
import io.iprules.Exclusion;
import io.iprules.FiredRule;
import io.iprules.Indicator;
import io.iprules.IndicatorSummary;
import io.iprules.InvalidRequestException;
import io.iprules.Language;
import io.iprules.Measure;
import io.iprules.Outcome;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Problem;
import io.iprules.Provision;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import io.iprules.Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The JSON contract other systems rely on (docs/contract.md): requests in, results and policy listings out.
 *
 * <p>Reading is strict: unknown fields, duplicated fields, wrong types, impossible dates, unknown codes and
 * trailing garbage are errors that name the JSON path, never silent defaults. Sizes are bounded (see
 * {@link #MAX_REQUEST_BYTES} and the parser limits) so that a hostile request fails cleanly.
 *
 * <p>Writing is deterministic: the same result gives the same bytes. Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JsonContract {
    /** The largest request accepted, in bytes. */
    public static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING = 32;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING = 100_000;
    /**
     * The longest number accepted, in characters; a decimal written with an exponent is also held to this many
     * digits written out in full (the policy kit's {@code Problems.MAX_DIGITS}, checked where it is validated).
     */
    public static final int MAX_NUMBER = 40;
    /** The longest field name accepted, in characters (the parser's own default, set here so messages can say it). */
    static final int MAX_NAME = 50_000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonContract.class);
    /** The engine's logger of evaluations, one line each at DEBUG (README "Logging"). */
    private static final org.slf4j.Logger EVALUATIONS = org.slf4j.LoggerFactory.getLogger("io.iprules.evaluations");

    private final RulesEngine engine;
    private final ObjectMapper reader;
    private final ObjectMapper writer;
    private final JsonNodeFactory nodes = new JsonNodeFactory(true);
    /** Readers of a subject in the middle of a request (the rest of the request follows it, so no trailing check). */
    private final java.util.Map<Class<?>, com.fasterxml.jackson.databind.ObjectReader> subjectReaders =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A contract over the policies of {@code engine}. */
    public JsonContract(RulesEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // after the JavaTimeModule, so that it wins: Jackson's date reader also takes [2013, 6, 30]
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("contract dates")
                        .addDeserializer(LocalDate.class, new ContractDate())
                        .addDeserializer(BigDecimal.class, new ContractDecimal())
                        // a number where a request takes a value of any type (a figure): Jackson's untyped reader
                        // hands every number to it
                        .addDeserializer(Number.class, new UntypedNumber())
                        .setDeserializerModifier(new ExactEnumNames.Modifier()))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // A number read the same on every Java: Jackson's own decimal parser, not new BigDecimal(String), which
                // Java 25 and Java 17 read differently at the edge (1e2147483648 is scale -2147483648 on 25, refused
                // on 17). Jackson's refuses 1e2147483648 and reads 0.1e2147483648 on both (StrictJsonFile does too).
                .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A request type is a record, bound through its constructor: a list-valued getter that is not a
                // component (a value a module derives from the fields) is no field of the request. Read as a
                // setter, it was offered in the unknown-field message's list and then refused when written.
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .nodeFactory(nodes);
        this.reader = b.build();
        // Money is written as a string ("12345.67") in the contract: a decimal may come as a string or a number.
        reader.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        reader.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        reader.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        reader.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        reader.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        reader.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // A string of spaces is a string: Jackson would take it as null for a yes/no, a count or a decimal, so that
        // "sme": "   " read as no sme given (and a required one was told it is missing)
        reader.coercionConfigDefaults().setAcceptBlankAsEmpty(Boolean.FALSE);
        reader.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER)
                .maxNameLength(MAX_NAME)
                .maxDocumentLength(MAX_REQUEST_BYTES)
                .build());
        // C1 controls, bidi controls and the line separators that came from input written as \\uXXXX (JsonEscapes)
        this.writer = JsonMapper.builder(JsonEscapes.factory()).nodeFactory(nodes)
                .disable(SerializationFeature.INDENT_OUTPUT).build();
    }

    // ================================================================== requests

    /**
     * Reads one request.
     *
     * @param json         the request, UTF-8
     * @param defaultAsOf  the date used when the request gives no {@code asOf} (the contract's "today"); a
     *                     warning in the result says so. Required: the evaluation date is always explicit
     * @return the request, its subject bound to the policy's Java type
     * @throws InvalidRequestException naming each problem with its JSON path
     * @throws NullPointerException    when {@code json} is {@code null}, or the request has no {@code asOf} and
     *                                 {@code defaultAsOf} is {@code null}
     */
    public ParsedRequest read(byte[] json, LocalDate defaultAsOf) {
        return read(json, defaultAsOf, null);
    }

    /**
     * Reads one request that will be evaluated on {@code override} when that is given (the CLI's {@code --as-of}):
     * a request refused for a value of the wrong type is also told what the policy's own checks find in the rest
     * of it, and those checks are made on the date it will be evaluated on.
     *
     * @param json     the request, UTF-8
     * @param today    the date used when neither the request nor {@code override} gives one
     * @param override the date that will replace the request's, or {@code null}
     * @return the request as it is written, its subject bound to the policy's Java type: {@code override} is not
     *         put in it (see {@link #evaluateAll})
     * @throws InvalidRequestException naming each problem with its JSON path
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public ParsedRequest read(byte[] json, LocalDate today, LocalDate override) {
        Objects.requireNonNull(json, "json");
        LocalDate defaultAsOf = override != null ? override : today;
        if (json.length > MAX_REQUEST_BYTES) {
            throw new InvalidRequestException("", "请求有 " + json.length + " 字节,最多接受 " + MAX_REQUEST_BYTES
                    + " 字节", "the request is " + json.length + " bytes; at most " + MAX_REQUEST_BYTES
                    + " are accepted");
        }
        Text utf8 = StrictUtf8.documentProblemText(json, 0, json.length);
        if (utf8 != null) {
            throw new InvalidRequestException("", utf8);
        }
        int surrogate = ParserWords.loneSurrogateEscape(json);
        if (surrogate >= 0) {
            String escape = new String(json, surrogate, 6, java.nio.charset.StandardCharsets.US_ASCII);
            throw new InvalidRequestException("", "第 " + surrogate + " 字节处不是有效文本:" + escape
                    + " 只是一个字符的一半(孤立的代理项)", "not valid text at byte " + surrogate + ": " + escape
                    + " is half of a character (a lone surrogate)");
        }
        ParsedRequest fast = readDirectly(json, defaultAsOf);
        return fast != null ? fast : readThroughTree(json, defaultAsOf, override);
    }

    /**
     * The common case in one pass: {@code policy} first, then an optional {@code asOf} and the subject, bound
     * straight from the stream. Anything else — an error of any kind, another field order — returns {@code null},
     * and {@link #readThroughTree} reads the request again to say exactly what is wrong; so the answer never
     * depends on which path read it.
     */
    ParsedRequest readDirectly(byte[] json, LocalDate defaultAsOf) {
        try (JsonParser p = reader.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"policy".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            PolicyDescription policy = policyNamed(p.getText()); // an unknown one throws: the slow path says so
            LocalDate asOf = defaultAsOf;
            boolean asOfGiven = false;
            SubjectKind kind = null;
            Object subject = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("asOf".equals(name) && !asOfGiven && value == JsonToken.VALUE_STRING) {
                    asOf = io.iprules.internal.IsoDates.parse(p.getText());
                    asOfGiven = true;
                } else if (kind == null && value == JsonToken.START_OBJECT && policy.subject(name).isPresent()) {
                    kind = policy.subject(name).get();
                    subject = subjectReaders.computeIfAbsent(kind.type(), t -> reader.readerFor(t)
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).readValue(p);
                } else {
                    return null;
                }
            }
            if (kind == null || p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new ParsedRequest(new EvaluationRequest(policy.id(), asOf, kind.key(), subject), !asOfGiven);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    ParsedRequest readThroughTree(byte[] json, LocalDate defaultAsOf, LocalDate override) {
        JsonNode root;
        try {
            root = reader.readTree(json);
        } catch (StreamConstraintsException e) {
            Limit at = limitAt(json);
            // the parser counts a number's digits against the string limit first when there are more of them
            // than a string may have: it is a number over the number limit all the same
            throw new InvalidRequestException(at.path(), at.inNumber() && isStringLimit(e)
                    ? numberTooLong(MAX_NUMBER) : limitMessage(e));
        } catch (JsonProcessingException e) {
            if (isTrailing(e) && firstIsOutput(json)) {
                // a batch's output given where its input belongs: said to be output before the more content, which
                // pointed to a batch and failed there again, each line being a result or an error line
                ParserWords.Source source = ParserWords.Source.of(json);
                throw new InvalidRequestException("", "这不是请求,而是评估的输出(结果含 eligible 与 receipt,错误行含 line "
                        + "与 error),其后还有内容" + ParserWords.whereZh(e, source) + ";请给出生成它们的请求;核对批量评估的"
                        + "结果用 ip-rules replay --line N", "this is not a request but the output of evaluations (a "
                        + "result has eligible and receipt, an error line has line and error), and more content "
                        + "follows it" + ParserWords.where(e, source)
                        + "; give the requests they were made from; to check a "
                        + "batch's results, use ip-rules replay --line N");
            }
            throw new InvalidRequestException(pathOf(e), syntaxMessage(e, ParserWords.Source.of(json)));
        } catch (IOException e) {
            throw new InvalidRequestException("", "无法读取请求:" + e.getMessage(),
                    "cannot read the request: " + e.getMessage());
        } catch (NumberFormatException e) {
            // Jackson's own message, e.g. an exponent beyond what a BigDecimal holds (1e2147483648)
            throw new InvalidRequestException("", "不是有效的 JSON:数值超出范围(指数过大)",
                    "not valid JSON: a number is out of range (its exponent is too large)");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidRequestException("", "请求为空;应为一个 JSON 对象", "the request is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw new InvalidRequestException("", "请求必须是 JSON 对象,而不是" + kindZh(root),
                    "the request must be a JSON object, not " + kind(root));
        }
        if (isErrorLine(root)) {
            throw new InvalidRequestException("", "这是批量评估输出的一个错误行(含 line 与 error),而不是请求:请给出该行的"
                    + "请求,按错误行所述改正", "this is an error line of a batch's output (it has line and error), not a"
                    + " request: give that line's request, corrected as the error line says");
        }
        if (isResult(root)) {
            // a result given where its request belongs (to evaluate, report or a batch) was told as a dozen unknown
            // fields and an applicant that must be an object: say what it is and what to give instead
            throw new InvalidRequestException("", "这是一个评估结果(含 eligible 与 receipt),而不是请求:请给出生成它的请求;"
                    + "核对一个结果用 replay", "this is a result of an evaluation (it has eligible and receipt), not a"
                    + " request: give the request it was made from; to check a result, use replay");
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode policyNode = root.get("policy");
        if (policyNode == null || policyNode.isNull()) {
            String ids = engine.policies().stream().map(PolicyDescription::id).collect(Collectors.joining(", "));
            List<Problem> missing = new ArrayList<>();
            missing.add(new Problem("policy", "is required: one of " + ids, "必须填写,可选:" + ids));
            // a field that is policy in another case ("Policy") is named, as every unknown field is
            root.fieldNames().forEachRemaining(name -> {
                if (!name.equals("policy") && name.equalsIgnoreCase("policy")) {
                    missing.add(new Problem(name, "unknown field; did you mean policy?", "未知字段;是否应为 policy?"));
                }
            });
            throw new InvalidRequestException(missing);
        }
        if (!policyNode.isTextual()) {
            throw new InvalidRequestException("policy", "必须是字符串,而不是" + kindZh(policyNode),
                    "must be a string, not " + kind(policyNode));
        }
        PolicyDescription policy = policyNamed(policyNode.asText());
        LocalDate asOf = defaultAsOf;
        boolean asOfGiven = false;
        JsonNode asOfNode = root.get("asOf");
        if (asOfNode != null && !asOfNode.isNull()) {
            asOfGiven = true;
            asOf = date(asOfNode, "asOf", problems);
        }
        SubjectKind kind = null;
        JsonNode subjectNode = null;
        long dropped = 0;
        List<String> allowed = new ArrayList<>(List.of("policy", "asOf"));
        policy.subjects().forEach(s -> allowed.add(s.key()));
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            var k = policy.subject(name);
            if (k.isPresent()) {
                if (kind != null) {
                    if (problems.size() >= InvalidRequestException.MAX_PROBLEMS) {
                        dropped++;
                        continue;
                    }
                    List<String> keys = policy.subjects().stream().map(SubjectKind::key).toList();
                    problems.add(new Problem(name, "a request carries only one of " + WordLists.or(keys, Language.EN)
                            + ", not both " + kind.key() + " and " + name, "一个请求只能包含 "
                            + WordLists.or(keys, Language.ZH) + " 之一,不能同时包含 " + kind.key() + " 和 " + name));
                    continue;
                }
                kind = k.get();
                subjectNode = root.get(name);
            } else if (!allowed.contains(name)) {
                if (problems.size() >= InvalidRequestException.MAX_PROBLEMS) {
                    dropped++; // counted, not kept: a request of a million unknown fields stays small
                    continue;
                }
                problems.add(new Problem(name, "unknown field; a request of " + policy.id() + " may have "
                        + WordLists.or(allowed, Language.EN), "未知字段;" + policy.id() + " 的请求可包含 "
                        + WordLists.or(allowed, Language.ZH)));
            }
        }
        if (kind == null) {
            if (problems.size() >= InvalidRequestException.MAX_PROBLEMS) {
                // the request's own problem is kept in place of the last unknown field kept, which is counted
                problems.remove(problems.size() - 1);
                dropped++;
            }
            List<String> quoted = policy.subjects().stream().map(k -> "'" + k.key() + "'").toList();
            // in Chinese the field names bare, as the other messages name them (applicant 或 city; a、b 或 c)
            List<String> bare = policy.subjects().stream().map(SubjectKind::key).toList();
            // at the subject's own path when there is only one it can be, as every missing field is told
            problems.add(new Problem(bare.size() == 1 ? bare.get(0) : "", "a request of " + policy.id() + " needs "
                    + WordLists.or(quoted, Language.EN), policy.id() + " 的请求须包含 " + WordLists.or(bare, Language.ZH)));
        }
        // the policy's own checks of a subject, made on the date it will be evaluated on; not made when that date is
        // itself wrong (a check of a date against it would say what is not so)
        LocalDate checkedOn = override != null ? override : asOf;
        PolicyChecks checks = checkedOn == null || kind == null ? null
                : new PolicyChecks(policy.id(), checkedOn, kind.key());
        if (dropped > 0) {
            problems.add(InvalidRequestException.more(dropped));
        } else if (!problems.isEmpty() && kind != null) {
            // a wrong asOf or an unknown field does not hide the subject's problems: put right, the request must
            // not be refused again for what it could have been told the first time
            problems.addAll(subjectProblems(kind, subjectNode, checks));
            if (problems.size() > InvalidRequestException.MAX_PROBLEMS + 1) {
                problems.subList(InvalidRequestException.MAX_PROBLEMS, problems.size()).clear();
                problems.add(InvalidRequestException.notCheckedFurther());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Problem notObject = notAnObject(kind, subjectNode);
        if (notObject != null) {
            throw new InvalidRequestException(List.of(notObject));
        }
        return new ParsedRequest(new EvaluationRequest(policy.id(), asOf, kind.key(), bind(kind, subjectNode, checks)),
                !asOfGiven);
    }

    /** The problem of a subject {@code node} that is not a JSON object ({@code null} included), or {@code null}. */
    private static Problem notAnObject(SubjectKind kind, JsonNode node) {
        return node.isObject() ? null : new Problem(kind.key(), "must be a JSON object, not " + kind(node),
                "必须是 JSON 对象,而不是" + kindZh(node));
    }

    /** Every problem {@link #bind} finds in the subject {@code node}, or none. */
    private List<Problem> subjectProblems(SubjectKind kind, JsonNode node, PolicyChecks checks) {
        Problem notObject = notAnObject(kind, node);
        if (notObject != null) {
            return List.of(notObject);
        }
        Object subject;
        try {
            subject = bind(kind, node, checks);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        return checks == null ? List.of() : checks.problems(engine, subject);
    }

    /**
     * The policy's own checks of a subject (a blank name, a date after another), made by evaluating it: a request
     * refused for a value of the wrong type, an unknown field or a duplicated subject is told these too, so that,
     * put right, it is not refused again for what it could have been told the first time. Only a refused request
     * pays for this evaluation, and its result is never used.
     */
    private record PolicyChecks(String policy, LocalDate asOf, String subjectKey) {
        List<Problem> problems(RulesEngine engine, Object subject) {
            // beside the engine's line for this evaluation, where a reader of the log would take it for an answer
            EVALUATIONS.debug("{} as of {}: a refused request's subject, evaluated for the policy's own checks only; "
                    + "its result is not used", policy, asOf);
            List<Outcome> outcomes;
            try {
                outcomes = engine.evaluateAll(List.of(new EvaluationRequest(policy, asOf, subjectKey, subject)));
            } catch (RuntimeException e) {
                // a bug the request will meet again once what it was told is put right: it is refused already
                LOG.debug("the policy's checks of a refused request failed", e);
                return List.of();
            }
            return outcomes != null && outcomes.size() == 1 && outcomes.get(0) != null && !outcomes.get(0).evaluated()
                    ? outcomes.get(0).problems() : List.of();
        }
    }

    /**
     * The subject bound from {@code node}, or every problem found in it. The binder stops at the first value of a
     * wrong type, so each such value is recorded and set aside (made {@code null}, then removed) and the subject
     * bound again, until it binds or its own checks speak: a request with a wrong type in two fields is told both,
     * and its other problems too. Once it binds, the policy's {@code checks} (when given) are made on what is left.
     * A check's problem at a path already told (a value set aside is then missing) is not told twice.
     */
    private Object bind(SubjectKind kind, JsonNode node, PolicyChecks checks) {
        List<Problem> problems = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            try {
                Object subject = reader.treeToValue(node, kind.type());
                if (problems.isEmpty()) {
                    return subject;
                }
                if (checks != null) { // the rest of the subject, each value of the wrong type set aside
                    for (Problem p : checks.problems(engine, subject)) {
                        if (problems.size() >= InvalidRequestException.MAX_PROBLEMS) {
                            problems.add(InvalidRequestException.notCheckedFurther());
                            break;
                        }
                        if (!toldAt(problems, p.path())) {
                            problems.add(p);
                        }
                    }
                }
                throw new InvalidRequestException(problems);
            } catch (JsonProcessingException e) {
                InvalidRequestException inner = innerProblems(e);
                if (inner != null) { // a subject's own check in its constructor: its problems, both languages, kept
                    String prefix = kind.key() + pathOf(e, true);
                    for (Problem p : inner.problems()) {
                        Problem located = p.path().isEmpty() ? new Problem(prefix, p.message(), p.chinese()) : p;
                        if (!toldAt(problems, located.path())) {
                            problems.add(located);
                        }
                    }
                    throw new InvalidRequestException(problems);
                }
                String path = kind.key() + pathOf(e, true);
                boolean told = toldAt(problems, path);
                if (!told) {
                    problems.add(Problem.of(path, bindingMessage(e)));
                }
                if (problems.size() >= InvalidRequestException.MAX_PROBLEMS
                        || attempt >= 4 * InvalidRequestException.MAX_PROBLEMS) {
                    problems.add(InvalidRequestException.notCheckedFurther()); // each further one costs a binding
                    throw new InvalidRequestException(problems);
                }
                if (!(e instanceof JsonMappingException m) || !setAsideOrItsHolder(node, m.getPath())) {
                    throw new InvalidRequestException(problems);
                }
            } catch (IllegalArgumentException e) {
                if (problems.isEmpty()) {
                    throw new InvalidRequestException(kind.key(), "取值无效:" + e.getMessage(), e.getMessage());
                }
                throw new InvalidRequestException(problems);
            }
        }
    }

    /**
     * Whether a problem at {@code path}, at a value holding it, or within it, is among {@code problems}: a value set
     * aside is then missing, and its holder may be refused for that, which is no new problem.
     */
    private static boolean toldAt(List<Problem> problems, String path) {
        for (Problem p : problems) {
            if (within(path, p.path()) || within(p.path(), path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String path, String holder) {
        return path.equals(holder) || path.startsWith(holder + ".") || path.startsWith(holder + "[");
    }

    /** Sets aside the value the binder stopped at, or, when that is gone already, the nearest value holding it. */
    private static boolean setAsideOrItsHolder(JsonNode root, List<JsonMappingException.Reference> path) {
        for (int n = path.size(); n > 0; n--) {
            if (setAside(root, path.subList(0, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets aside the value the binder stopped at: {@code null} in its place, or, when it is {@code null} already
     * (the binder refused that too), the field removed. {@code false} when there is nothing left to set aside.
     */
    private static boolean setAside(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference r : path.subList(0, path.size() - 1)) {
            parent = r.getFieldName() != null ? parent.get(r.getFieldName())
                    : r.getIndex() >= 0 ? parent.get(r.getIndex()) : null;
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode o && last.getFieldName() != null
                && o.has(last.getFieldName())) {
            if (o.get(last.getFieldName()).isNull()) {
                o.remove(last.getFieldName());
            } else {
                o.putNull(last.getFieldName());
            }
            return true;
        }
        if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a && last.getIndex() >= 0
                && last.getIndex() < a.size() && !a.get(last.getIndex()).isNull()) {
            a.set(last.getIndex(), com.fasterxml.jackson.databind.node.NullNode.getInstance());
            return true;
        }
        return false;
    }

    /**
     * Reads and evaluates one request: the whole JSON contract in one call.
     *
     * @param json     the request, UTF-8
     * @param today    the date used when neither the request nor {@code override} gives one; the result then
     *                 carries a warning saying so, and its receipt says {@link Receipt.AsOfSource#DEFAULT}. The
     *                 warning calls it today in China: pass {@code LocalDate.now(ZoneId.of("Asia/Shanghai"))}, as
     *                 the command and the HTTP service do, not the machine's {@code LocalDate.now()}; required
     *                 unless {@code override} is given
     * @param override an as-of date that replaces the request's (the CLI's {@code --as-of}), or {@code null}
     * @throws InvalidRequestException naming each problem with its JSON path
     * @throws NullPointerException    when {@code today} and {@code override} are both {@code null}
     */
    public EvaluationResult evaluate(byte[] json, LocalDate today, LocalDate override) {
        java.util.Objects.requireNonNull(json, "json");
        if (today == null && override == null) { // needed for any request without asOf: said before it is read
            throw new NullPointerException("today: required unless override is given (the date of a request "
                    + "without asOf)");
        }
        return evaluateRequest(json, today, override).result();
    }

    /**
     * A request and its result, both: a batch also wants to know who applied (see {@link #evaluate}).
     *
     * @param request the request as read
     * @param result  its result
     */
    public record Evaluated(EvaluationRequest request, EvaluationResult result) {
    }

    /** As {@link #evaluate}, with the request read. */
    public Evaluated evaluateRequest(byte[] json, LocalDate today, LocalDate override) {
        ParsedRequest parsed = read(json, today, override);
        EvaluationRequest request = parsed.request();
        if (override != null) {
            request = new EvaluationRequest(request.policy(), override, request.subjectKey(), request.subject());
        }
        EvaluationResult result = engine.evaluate(request);
        if (override != null) {
            result = result.withAsOfSource(Receipt.AsOfSource.OVERRIDE);
        } else if (parsed.asOfDefaulted()) {
            result = result.withAsOfSource(Receipt.AsOfSource.DEFAULT); // and a warning with the date
        }
        return new Evaluated(request, result);
    }

    /**
     * Evaluates requests already {@linkplain #read read} in one call to the engine ({@link RulesEngine#evaluateAll}),
     * as {@link #evaluate(byte[], LocalDate, LocalDate)} does one by one: an {@code override} date replaces each
     * request's, and a result says where its date came from.
     *
     * @return one outcome per request, in order: its result, or the problems that kept it from being evaluated
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public List<Outcome> evaluateAll(List<ParsedRequest> parsed, LocalDate override) {
        Objects.requireNonNull(parsed, "parsed");
        List<EvaluationRequest> requests = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            ParsedRequest p = parsed.get(i);
            if (p == null) {
                throw new NullPointerException("parsed[" + i + "] is null");
            }
            EvaluationRequest r = p.request();
            requests.add(override == null ? r : new EvaluationRequest(r.policy(), override, r.subjectKey(),
                    r.subject()));
        }
        List<Outcome> outcomes = engine.evaluateAll(requests);
        if (outcomes == null || outcomes.size() != requests.size()) {
            throw new IllegalStateException("the engine answered " + (outcomes == null ? "nothing" : outcomes.size()
                    + " outcomes") + " for " + requests.size() + " requests");
        }
        List<Outcome> out = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.evaluated() && override != null) {
                o = Outcome.of(o.result().withAsOfSource(Receipt.AsOfSource.OVERRIDE));
            } else if (o.evaluated() && parsed.get(i).asOfDefaulted()) {
                o = Outcome.of(o.result().withAsOfSource(Receipt.AsOfSource.DEFAULT));
            }
            out.add(o);
        }
        return out;
    }

    /**
     * A date as the contract writes it, {@code YYYY-MM-DD}, and nothing else: Jackson's own date reader also takes
     * an array ({@code [2013, 6, 30]}, and {@code []} as no date), which the contract does not allow.
     */
    private static final class ContractDate
            extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        ContractDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw ctxt.wrongTokenException(p, LocalDate.class, JsonToken.VALUE_STRING, "a date string YYYY-MM-DD");
            }
            String text = p.getText();
            try {
                return io.iprules.internal.IsoDates.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date YYYY-MM-DD");
            }
        }
    }

    /**
     * A decimal as Jackson reads it, but a decimal given as a string must be written as the request schemas say
     * ({@link PlainDecimals}: ASCII digits, an optional fraction, no exponent, sign, space or other script's
     * digits). Jackson alone takes the string {@code "null"} as JSON's null (not given), trims {@code " 5"} and reads
     * {@code "１２"} (full-width digits) as 12, all of which a client validating against the published schema would
     * refuse; the engine must not accept more than the contract it publishes.
     */
    private static final class ContractDecimal
            extends com.fasterxml.jackson.databind.deser.std.NumberDeserializers.BigDecimalDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && !PlainDecimals.matches(p.getText())) {
                throw ctxt.weirdStringException(p.getText(), BigDecimal.class, "not a number");
            }
            return super.deserialize(p, ctxt);
        }
    }

    /**
     * A value of a list of values (an enum) written exactly as the list writes it. Jackson's own enum reader, finding
     * no value of a string, tries it again trimmed, so {@code "THIS "} or {@code " NATIONAL_IP_PILOT_ENTERPRISE"} was
     * taken, which the published schemas (an {@code enum} of exact strings) refuse: the engine must not accept more
     * than the contract it publishes. Such a value is now an unknown value, told with the values to choose from.
     */
    private static final class ExactEnumNames
            extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        ExactEnumNames(com.fasterxml.jackson.databind.JsonDeserializer<?> jacksons) {
            super(jacksons);
        }

        @Override
        protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatee) {
            return new ExactEnumNames(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                // what String.trim() (Jackson's second try) takes away: a character at or below U+0020
                if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
                    throw ctxt.weirdStringException(text, handledType(), "not one of the values as written");
                }
            }
            return super.deserialize(p, ctxt);
        }

        /** Puts every enum reader of the contract's mapper behind {@link ExactEnumNames}. */
        static final class Modifier extends com.fasterxml.jackson.databind.deser.BeanDeserializerModifier {
            private static final long serialVersionUID = 1L;

            @Override
            public com.fasterxml.jackson.databind.JsonDeserializer<?> modifyEnumDeserializer(
                    com.fasterxml.jackson.databind.DeserializationConfig config,
                    com.fasterxml.jackson.databind.JavaType type,
                    com.fasterxml.jackson.databind.BeanDescription beanDesc,
                    com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer) {
                return new ExactEnumNames(deserializer);
            }
        }
    }

    /**
     * A number where a request takes a value of any type (a figure), as Jackson reads one there — an integer as an
     * {@code Integer}, {@code Long} or {@code BigInteger} by its size, any other number as a {@link BigDecimal} (the
     * reader's {@code USE_BIG_DECIMAL_FOR_FLOATS}) — but one written with an exponent that leaves it no fraction digit
     * ({@code 3e0}) marked as such, {@link WholeWithExponent}: as a plain {@code BigDecimal} it would be {@code 3} at
     * scale 0, which a count takes from a Java caller, where the contract refuses a count written with an exponent.
     */
    private static final class UntypedNumber extends com.fasterxml.jackson.databind.JsonDeserializer<Number> {
        @Override
        public Number deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return p.getNumberValue();
            }
            if (!p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) { // no request declares a Number: not met
                return (Number) ctxt.handleUnexpectedToken(Number.class, p);
            }
            BigDecimal d = p.getDecimalValue();
            return d.scale() == 0 ? new WholeWithExponent(d) : d;
        }
    }

    /**
     * A request read from JSON, and whether its as-of date was defaulted.
     *
     * @param request         the request
     * @param asOfDefaulted   {@code true} when the request gave no {@code asOf}
     */
    public record ParsedRequest(EvaluationRequest request, boolean asOfDefaulted) {
    }

    private static LocalDate date(JsonNode node, String path, List<Problem> problems) {
        if (!node.isTextual()) {
            problems.add(new Problem(path, "must be a date string YYYY-MM-DD, not " + kind(node),
                    "必须是日期字符串 YYYY-MM-DD,而不是" + kindZh(node)));
            return null;
        }
        try {
            return io.iprules.internal.IsoDates.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "must be a real date YYYY-MM-DD, not '" + node.asText() + "'",
                    "必须是有效日期 YYYY-MM-DD,而不是“" + node.asText() + "”"));
            return null;
        }
    }

    /**
     * The policy a request (or a command) names: an unknown one is the caller's mistake, an
     * {@link InvalidRequestException} at path {@code policy} with the known ids, in both languages
     * ({@link RulesEngine#policy} throws {@link IllegalArgumentException}).
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public PolicyDescription policyNamed(String id) {
        try {
            return engine.policy(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.unknownPolicy(id, engine.policies().stream().map(PolicyDescription::id)
                    .toList());
        }
    }

    /** What a JSON value is, in Chinese, for a message ({@code 字符串}, {@code 列表}…). */
    static String kindZh(JsonNode n) {
        if (n == null || n.isNull()) {
            return " null";
        }
        if (n.isObject()) {
            return "对象";
        }
        if (n.isArray()) {
            return "列表";
        }
        if (n.isTextual()) {
            return "字符串";
        }
        if (n.isNumber()) {
            return "数值";
        }
        if (n.isBoolean()) {
            return "布尔值(true/false)";
        }
        return " " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The problems a subject's constructor found itself (a record checking its parts), or {@code null}. */
    private static InvalidRequestException innerProblems(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != e; e = c, c = c.getCause()) {
            if (c instanceof InvalidRequestException x) {
                return x;
            }
        }
        return null;
    }

    /** What a JSON value is, for a message ({@code a string}, {@code a list}…). */
    static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Where a size limit stops the parser, as a contract path ({@code applicant.parks[1].name}): the request is read
     * again token by token up to the limit, which costs nothing on the path of a valid request.
     */
    private Limit limitAt(byte[] json) {
        try (JsonParser p = reader.createParser(json)) {
            return limitAt(p);
        } catch (IOException | RuntimeException e) {
            return new Limit("", false); // another problem comes first: no path to give for the limit
        }
    }

    /**
     * Where a size limit stops {@code p} (a request's or a data file's parser, at its start), read token by token up
     * to the limit; {@code ("", false)} when it reaches the end.
     */
    static Limit limitAt(JsonParser p) throws IOException {
        boolean readingToken = false;
        try {
            while (true) {
                readingToken = true; // a number's digits are read with its token, a string's with its text
                if (p.nextToken() == null) {
                    break;
                }
                readingToken = false;
                p.getText(); // a string's or a number's length is checked when its text is read
            }
        } catch (StreamConstraintsException e) {
            // a field name too long to read: the parser still holds the previous field's name, which is not
            // the culprit; the path is the object the long name is in
            return new Limit(pathAt(p, isNameLimit(e)), readingToken && isStringLimit(e));
        }
        return new Limit("", false);
    }

    /** Where a size limit stopped the parser, and whether in a number's digits. */
    record Limit(String path, boolean inNumber) {
    }

    private static boolean isStringLimit(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("String value length");
    }

    static Text numberTooLong(int max) {
        return Text.bilingual("过长:数值最多 " + max + " 个字符", "too large: a number may have at most " + max + " characters");
    }

    private static String pathAt(JsonParser p, boolean inObject) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (inObject && c == p.getParsingContext() && c.inObject()) {
                continue; // the name being read is not known yet: the object's own path
            }
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) { // an array just opened has no entry yet: the path is the array's
                    parts.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                parts.push((c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    /** One of the parser's limits a document went over, in both languages (requests and data files). */
    static Text limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        // each limit as the reader that stopped set it (a calendar file's are smaller than a request's)
        if (m.startsWith("String value length")) {
            int max = allowed(m, MAX_STRING);
            // the parser counts UTF-16 units, not characters: said so, since a character beyond U+FFFF is two
            return Text.bilingual("过长:字符串最多 " + max + " 个字符(按 UTF-16 码元计:U+FFFF 之后的字符,如𠀀,算两个)",
                    "too large: a string may have at most " + max + " characters, counted in UTF-16 units (one "
                    + "beyond U+FFFF, such as 𠀀, counts as two)");
        } else if (m.startsWith("Document nesting depth")) {
            int max = allowed(m, MAX_NESTING);
            return Text.bilingual("过大:取值最多嵌套 " + max + " 层",
                    "too large: values may be nested at most " + max + " levels deep");
        } else if (m.startsWith("Number value length")) {
            return numberTooLong(allowed(m, MAX_NUMBER));
        } else if (isNameLimit(e)) {
            // not its length: the parser stops counting at a buffer's end and says 65536 for a longer name
            int max = allowed(m, MAX_NAME);
            return Text.bilingual("字段名过长:字段名最多 " + max + " 个字符",
                    "a field name is too long: a field name may have at most " + max + " characters");
        }
        // another of the parser's limits: said as a limit, with its number, not in the parser's English
        java.util.regex.Matcher allowed = ALLOWED.matcher(m);
        String max = allowed.find() ? allowed.group(1) : null;
        return max == null ? Text.bilingual("过大:超出读取限制", "too large: over a limit of the reader")
                : Text.bilingual("过大:超出读取限制(最多 " + max + ")", "too large: over a limit of the reader (at most "
                        + max + ")");
    }

    /** The parser's words for the limit a document went over: {@code "… exceeds the maximum allowed (50000, …"}. */
    private static final java.util.regex.Pattern ALLOWED = java.util.regex.Pattern.compile(
            "maximum allowed \\((\\d+)");

    private static int allowed(String parserMessage, int fallback) {
        java.util.regex.Matcher m = ALLOWED.matcher(parserMessage);
        return m.find() && m.group(1).length() < 10 ? Integer.parseInt(m.group(1)) : fallback;
    }

    /** Whether the parser stopped at a field name longer than its limit. */
    static boolean isNameLimit(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Name length");
    }

    static String pathOf(JsonProcessingException e) {
        String twice = duplicatePath(e);
        if (!twice.isEmpty()) {
            return twice;
        }
        return e instanceof JsonMappingException m ? pathOf(m, false) : "";
    }

    /**
     * The path of a field the parser found given twice ({@code applicant.name}): where the parser stood, the field's
     * own path (it has no other); empty for another problem. A request's and a data file's ({@link StrictJsonFile}).
     */
    static String duplicatePath(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonParseException
                && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                && e.getProcessor() instanceof JsonParser p) {
            return pathAt(p, false);
        }
        return "";
    }

    private static String pathOf(JsonProcessingException e, boolean relative) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (relative || b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Whether the parser stopped at content after a complete document. */
    private static boolean isTrailing(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    /**
     * Whether the first JSON document of {@code json} is a line of evaluations' output: a result (an object with
     * {@code eligible} and {@code receipt}) or a batch's error line ({@link #isErrorLine}).
     */
    private boolean firstIsOutput(byte[] json) {
        try {
            JsonNode first = reader.readerFor(JsonNode.class)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(json);
            return first != null && first.isObject() && (isResult(first) || isErrorLine(first));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code node} is a result of an evaluation: it has {@code eligible} and {@code receipt}. */
    private static boolean isResult(JsonNode node) {
        return node.has("eligible") && node.has("receipt");
    }

    /** Whether {@code node} is a batch's error line: {@code {"line": n, "error": {…}}}, as the batch writes one. */
    private static boolean isErrorLine(JsonNode node) {
        return node.path("line").isIntegralNumber() && node.path("error").isObject();
    }

    private static Text syntaxMessage(JsonProcessingException e, ParserWords.Source json) {
        if (isTrailing(e)) {
            // read by evaluate, by a batch for each of its lines and by the service: true in each of them
            return Text.bilingual("请求之后还有内容" + ParserWords.whereZh(e, json) + ":一个请求是一个 JSON 对象;多个请求"
                    + "每行一个,作为批量提交(`ip-rules batch`、`POST /v1/batch`)", "more content after the request"
                    + ParserWords.where(e, json) + ": one request is one JSON object; several requests go one per "
                    + "line, as a batch (`ip-rules batch`, `POST /v1/batch`)");
        }
        return ParserWords.syntax(e, json);
    }

    static Text bindingMessage(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return Text.bilingual("未知字段;可用字段:" + WordLists.or(known, Language.ZH),
                    "unknown field; expected " + WordLists.or(known, Language.EN));
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            Object value = f.getValue();
            if (target != null && target.isEnum()) {
                List<String> values = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
                return Text.bilingual("未知取值“" + value + "”;可选:" + WordLists.or(values, Language.ZH),
                        "unknown value '" + value + "'; expected " + WordLists.or(values, Language.EN));
            }
            if (target == LocalDate.class) {
                return Text.bilingual("必须是有效日期 YYYY-MM-DD,而不是“" + value + "”",
                        "must be a real date YYYY-MM-DD, not '" + value + "'");
            }
            if (target == BigDecimal.class || target == Integer.class || target == int.class
                    || target == Long.class || target == long.class) {
                if (target == BigDecimal.class) {
                    return Text.bilingual("必须是数值,而不是“" + value + "”",
                            "must be a decimal number, not '" + value + "'");
                }
                if (value instanceof Number n) {
                    // 2.5, 2.0, 1e3, 2e0: "a whole number, not '1E+3'" was false of 1e3, so how a count is written;
                    // 2e0 is at scale 0 (only an exponent leaves a JSON decimal so): quoted as 2, it read "a whole
                    // number, not '2'"; written as the kit's figures write it (2E+0), the exponent shows
                    String written = n instanceof BigDecimal d && d.scale() == 0
                            ? new WholeWithExponent(d).withExponent() : n.toString();
                    return Text.bilingual("必须写成不带小数点或指数的整数,而不是“" + written + "”",
                            "must be written as a whole number, without a decimal point or an exponent, not '"
                            + written + "'");
                }
                return Text.bilingual("必须是整数,而不是“" + value + "”", "must be a whole number, not '" + value + "'");
            }
            Text expected = expected(target);
            return Text.bilingual("必须是" + expected.in(Language.ZH) + ",而不是" + (value instanceof String
                    ? "“" + value + "”" : " " + value), "must be " + expected.in(Language.EN) + ", not "
                    + (value instanceof String ? "'" + value + "'" : value));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            String m = cause != null && cause.getMessage() != null ? cause.getMessage()
                    : firstLine(v.getOriginalMessage());
            return Text.bilingual("取值无效:" + m, m);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String msg = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
            if (target != null && target.isEnum()) {
                List<String> values = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
                return Text.bilingual("必须是 " + WordLists.or(values, Language.ZH),
                        "must be " + WordLists.or(values, Language.EN));
            }
            if (target == LocalDate.class) {
                return Text.bilingual("必须是日期字符串 YYYY-MM-DD", "must be a date string YYYY-MM-DD");
            }
            if (msg.contains("Cannot coerce") || msg.contains("Cannot deserialize value of type")
                    || msg.startsWith("Cannot construct instance of") // [1] where an object was expected
                    || msg.contains("from Array") || msg.contains("from Object") || msg.contains("from String")
                    || msg.contains("from Boolean") || msg.contains("from Integer") || msg.contains("from Floating")) {
                Text expected = expected(target);
                return Text.bilingual("必须是" + expected.in(Language.ZH), "must be " + expected.in(Language.EN));
            }
            if (msg.contains("null")) {
                return Text.bilingual("不能为空值(null)", "must not be null");
            }
            return Text.bilingual("取值无效:" + firstLine(msg), firstLine(msg));
        }
        String m = firstLine(e.getOriginalMessage());
        java.util.regex.Matcher range = OUT_OF_RANGE.matcher(m);
        if (range.matches()) {
            // the bound it went past, not the Java type's whole range: a count that may not be negative is not
            // told it may be -9223372036854775808 (the policy's own checks say what the field allows within it)
            String value = range.group(1);
            Text declared = declaredRange(e, value);
            if (declared != null) {
                return declared;
            }
            return value.startsWith("-")
                    ? Text.bilingual("必须是不小于 " + range.group(2) + " 的整数,现为 " + value,
                            "must be a whole number of at least " + range.group(2) + ", not " + value)
                    : Text.bilingual("必须是不超过 " + range.group(3) + " 的整数,现为 " + value,
                            "must be a whole number of at most " + range.group(3) + ", not " + value);
        }
        return Text.bilingual("取值无效:" + m, m);
    }

    /** Where a type's own constraints sit in its module's jar: the contract's supplements (rules-schema reads them). */
    private static final String SUPPLEMENTS = "META-INF/ip-rules/schema/";

    /** Each type's supplement, {@link com.fasterxml.jackson.databind.node.MissingNode} for none: read once. */
    private static final ClassValue<JsonNode> SUPPLEMENT = new ClassValue<>() {
        @Override
        protected JsonNode computeValue(Class<?> type) {
            ClassLoader loader = type.getClassLoader();
            try (java.io.InputStream in = loader == null ? null
                    : loader.getResourceAsStream(SUPPLEMENTS + type.getName() + ".json")) {
                return in == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                        : new ObjectMapper().readTree(in);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.debug("the contract's supplement of {} could not be read", type.getName(), e);
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }
    };

    /**
     * A whole number past its Java type's range ({@code value}), told against the range the contract declares for its
     * field ({@code minimum} and {@code maximum} in the holding type's supplement, {@code
     * META-INF/ip-rules/schema/<type>.json}, as the schema shows them): a year of 99999999999 is told it must be from
     * 1985 to 2100, not that it must be at most 2147483647, a bound of Java's that means nothing to the person who
     * wrote it. {@code null} where the field declares no bound on the side it went past.
     */
    private static Text declaredRange(JsonProcessingException e, String value) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return null;
        }
        JsonMappingException.Reference at = m.getPath().get(m.getPath().size() - 1);
        if (at.getFrom() == null || at.getFieldName() == null) {
            return null;
        }
        Class<?> holder = at.getFrom() instanceof Class<?> c ? c : at.getFrom().getClass();
        JsonNode field = SUPPLEMENT.get(holder).path("properties").path(at.getFieldName());
        JsonNode min = field.path("minimum");
        JsonNode max = field.path("maximum");
        boolean below = value.startsWith("-");
        if (!(below ? min : max).isIntegralNumber()) {
            return null;
        }
        if (min.isIntegralNumber() && max.isIntegralNumber()) {
            return Text.bilingual("必须是 " + min.asText() + " 至 " + max.asText() + " 之间的整数,现为 " + value,
                    "must be a whole number from " + min.asText() + " to " + max.asText() + ", not " + value);
        }
        return below ? Text.bilingual("必须是不小于 " + min.asText() + " 的整数,现为 " + value,
                "must be a whole number of at least " + min.asText() + ", not " + value)
                : Text.bilingual("必须是不超过 " + max.asText() + " 的整数,现为 " + value,
                "must be a whole number of at most " + max.asText() + ", not " + value);
    }

    /** The parser's words for a whole number beyond its field's type (an int, a long). */
    private static final java.util.regex.Pattern OUT_OF_RANGE = java.util.regex.Pattern.compile(
            "Numeric value \\((.+)\\) out of range of (?:int|long) \\((-?\\d+) - (-?\\d+)\\)");

    private static Text expected(Class<?> target) {
        if (target == null) {
            return Text.bilingual("其他类型", "of another type");
        }
        if (target == String.class) {
            return Text.bilingual("字符串", "a string");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Text.bilingual(" true 或 false", "true or false");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return Text.bilingual("整数", "a whole number");
        }
        if (target == BigDecimal.class) {
            return Text.bilingual("数值(如字符串 \"12345.67\" 或数字)", "a decimal number (a string such as \"12345.67\", or a "
                    + "number)");
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Text.bilingual("列表", "a list");
        }
        if (java.util.Map.class.isAssignableFrom(target)) {
            return Text.bilingual(" JSON 对象 {\"名称\": 取值, …}", "a JSON object {\"name\": value, …}");
        }
        if (target.getName().startsWith("java.")) { // a value the JDK reads from a string (a UUID, a URI…)
            return Text.bilingual("有效的取值", "a valid value");
        }
        // a record or class of the contract: its Java name means nothing to the person who wrote the request
        return Text.bilingual(" JSON 对象 {…}", "a JSON object {…}");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ================================================================== results

    /**
     * Writes a result as one line of JSON, texts in {@code language}.
     *
     * @param withTrace also write the rules fired ({@code "trace"})
     */
    public String write(EvaluationResult r, Language language, boolean withTrace) {
        java.util.Objects.requireNonNull(r, "result");
        java.util.Objects.requireNonNull(language, "language");
        return writeLine(r, language, withTrace, null);
    }

    /**
     * As {@link #write}, and when {@code line} is given, a last field {@code "line"} with the input line number the
     * result answers (batch lines only: the single result of {@link #write} stays as it is, byte for byte).
     */
    public String writeLine(EvaluationResult r, Language language, boolean withTrace, Long line) {
        return writeLine(writer, r, language, withTrace, line);
    }

    /**
     * {@link #writeLine} ({@code pretty}: {@link #writePretty}) without the escapes of {@link JsonEscapes} beyond
     * what JSON requires, as versions before them wrote results: for {@link Replay} of such a result.
     */
    String writeAsBefore(boolean pretty, EvaluationResult r, Language language, boolean withTrace, Long line) {
        // made here, not with the contract: only a replay whose recorded bytes differ asks for it
        ObjectMapper writerAsBefore = JsonMapper.builder().nodeFactory(nodes)
                .disable(SerializationFeature.INDENT_OUTPUT).build();
        return pretty ? writePretty(writerAsBefore, r, language, withTrace)
                : writeLine(writerAsBefore, r, language, withTrace, line);
    }

    private static String writeLine(ObjectMapper writer, EvaluationResult r, Language language, boolean withTrace,
                                    Long line) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = writer.getFactory().createGenerator(out)) {
            write(g, r, language, withTrace, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * As {@link #writeLine}, encoded: the same bytes as {@code writeLine(r, language, withTrace, line)} in UTF-8,
     * written straight as bytes by a generator this thread keeps open between lines (no text copy, no encoding
     * pass, no generator made per line). For a batch, which writes millions.
     */
    @API(status = API.Status.INTERNAL, since = "0.2.0")
    public byte[] writeLineUtf8(EvaluationResult r, Language language, boolean withTrace, long line) {
        return utf8(g -> write(g, r, language, withTrace, line), () -> writeLine(r, language, withTrace, line));
    }

    /** A document written by {@code body} into a JSON generator. */
    @FunctionalInterface
    private interface Document {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * {@code document} in UTF-8, written by the generator this thread keeps; should it hold a lone surrogate (half a
     * character), the bytes of {@code asText} instead: the text path writes it as '?', which stays the contract's
     * answer.
     */
    private byte[] utf8(Document document, java.util.function.Supplier<String> asText) {
        LineBytes out = lineBytes.get();
        out.reset();
        try {
            document.write(out.generator);
            out.generator.flush();
        } catch (IOException e) {
            lineBytes.remove(); // its generator stopped in the middle of a document: the next line gets a new one
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            lineBytes.remove();
            throw e;
        }
        if (out.hasSurrogateEscape()) {
            return asText.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return out.toByteArray();
    }

    /**
     * A character beyond U+FFFF is one UTF-8 sequence of four bytes, as {@code String.getBytes} encodes it (by
     * default the byte generator would escape its two halves); the escapes of {@link JsonEscapes}, as
     * {@link #writeLine} writes them.
     */
    private static final com.fasterxml.jackson.core.JsonFactory LINE_FACTORY =
            new com.fasterxml.jackson.core.JsonFactoryBuilder()
                    .characterEscapes(JsonEscapes.INSTANCE)
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .build();

    private final ThreadLocal<LineBytes> lineBytes = ThreadLocal.withInitial(LineBytes::new);

    /** A growing byte buffer and a generator writing into it, kept per thread; one document after another. */
    private static final class LineBytes extends java.io.OutputStream {
        /** A buffer grown beyond this by one long line is let go after it. */
        private static final int KEEP = 1 << 16;
        private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
                .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
        final JsonGenerator generator;
        private byte[] buf = new byte[4096];
        private int count;

        LineBytes() {
            try {
                generator = LINE_FACTORY.createGenerator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null); // documents follow each other with nothing between
        }

        void reset() {
            if (buf.length > KEEP) {
                buf = new byte[4096];
            }
            count = 0;
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }

        /**
         * Whether the bytes hold {@code \uD800}…{@code \uDFFF} (a surrogate the generator escaped; an escaped
         * backslash before it makes this a false alarm, which only costs the slower path). Eight bytes at a time:
         * most lines hold no backslash at all.
         */
        boolean hasSurrogateEscape() {
            int i = 0;
            for (; i + 8 <= count; i += 8) {
                long x = (long) LONGS.get(buf, i) ^ 0x5C5C5C5C5C5C5C5CL; // a zero byte where a backslash is
                if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0 && surrogateFrom(i, i + 8)) {
                    return true;
                }
            }
            return surrogateFrom(i, count);
        }

        private boolean surrogateFrom(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buf[i] == '\\' && i + 3 < count && buf[i + 1] == 'u' && (buf[i + 2] == 'D' || buf[i + 2] == 'd')) {
                    int c = buf[i + 3];
                    if (c >= '8' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f') {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Indented with two spaces and {@code \n} line breaks on every platform, so the same result gives the same
     * bytes on Windows too (Jackson's default uses the platform's line separator).
     */
    private static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter PRETTY =
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));

    /** Writes a result as indented JSON, for people: the same fields as {@link #write}, with line breaks. */
    public String writePretty(EvaluationResult r, Language language, boolean withTrace) {
        java.util.Objects.requireNonNull(r, "result");
        java.util.Objects.requireNonNull(language, "language");
        return writePretty(writer, r, language, withTrace);
    }

    private static String writePretty(ObjectMapper writer, EvaluationResult r, Language language, boolean withTrace) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = writer.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance()); // stateful: one per document
            write(g, r, language, withTrace, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The result as a JSON tree, in the contract's shape (the same fields, in the same order, as {@link #write}). */
    public ObjectNode toNode(EvaluationResult r, Language language, boolean withTrace) {
        try (TokenBuffer buffer = new TokenBuffer(writer, false)) {
            write(buffer, r, language, withTrace, null);
            return (ObjectNode) writer.readTree(buffer.asParser(writer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field names of a result, encoded once: a generator copies their quoted bytes instead of escaping and
     * encoding each name again on every line.
     */
    private static final class F {
        static final SerializedString actual = new SerializedString("actual");
        static final SerializedString addressee = new SerializedString("addressee");
        static final SerializedString amount = new SerializedString("amount");
        static final SerializedString amountBasis = new SerializedString("amountBasis");
        static final SerializedString basis = new SerializedString("basis");
        static final SerializedString applicant = new SerializedString("applicant");
        static final SerializedString asOf = new SerializedString("asOf");
        static final SerializedString asOfSource = new SerializedString("asOfSource");
        static final SerializedString awardCitation = new SerializedString("awardCitation");
        static final SerializedString awards = new SerializedString("awards");
        static final SerializedString calendar = new SerializedString("calendar");
        static final SerializedString citation = new SerializedString("citation");
        static final SerializedString code = new SerializedString("code");
        static final SerializedString comparison = new SerializedString("comparison");
        static final SerializedString conditions = new SerializedString("conditions");
        static final SerializedString data = new SerializedString("data");
        static final SerializedString date = new SerializedString("date");
        static final SerializedString deadline = new SerializedString("deadline");
        static final SerializedString deadlines = new SerializedString("deadlines");
        static final SerializedString decidedBy = new SerializedString("decidedBy");
        static final SerializedString detail = new SerializedString("detail");
        static final SerializedString done = new SerializedString("done");
        static final SerializedString due = new SerializedString("due");
        static final SerializedString eligibility = new SerializedString("eligibility");
        static final SerializedString eligible = new SerializedString("eligible");
        static final SerializedString excluded = new SerializedString("excluded");
        static final SerializedString factor = new SerializedString("factor");
        static final SerializedString from = new SerializedString("from");
        static final SerializedString gap = new SerializedString("gap");
        static final SerializedString indicatorSummary = new SerializedString("indicatorSummary");
        static final SerializedString indicators = new SerializedString("indicators");
        static final SerializedString key = new SerializedString("key");
        static final SerializedString language = new SerializedString("language");
        static final SerializedString library = new SerializedString("library");
        static final SerializedString line = new SerializedString("line");
        static final SerializedString measures = new SerializedString("measures");
        static final SerializedString met = new SerializedString("met");
        static final SerializedString notMet = new SerializedString("notMet");
        static final SerializedString overdue = new SerializedString("overdue");
        static final SerializedString parameter = new SerializedString("parameter");
        static final SerializedString parameters = new SerializedString("parameters");
        static final SerializedString phase = new SerializedString("phase");
        static final SerializedString phaseDetail = new SerializedString("phaseDetail");
        static final SerializedString place = new SerializedString("place");
        static final SerializedString policy = new SerializedString("policy");
        static final SerializedString policyVersion = new SerializedString("policyVersion");
        static final SerializedString progress = new SerializedString("progress");
        static final SerializedString progressBasis = new SerializedString("progressBasis");
        static final SerializedString reason = new SerializedString("reason");
        static final SerializedString receipt = new SerializedString("receipt");
        static final SerializedString reference = new SerializedString("reference");
        static final SerializedString request = new SerializedString("request");
        static final SerializedString required = new SerializedString("required");
        static final SerializedString requiredValue = new SerializedString("requiredValue");
        static final SerializedString rule = new SerializedString("rule");
        static final SerializedString rules = new SerializedString("rules");
        static final SerializedString scope = new SerializedString("scope");
        static final SerializedString source = new SerializedString("source");
        static final SerializedString start = new SerializedString("start");
        static final SerializedString status = new SerializedString("status");
        static final SerializedString subject = new SerializedString("subject");
        static final SerializedString subjectId = new SerializedString("subjectId");
        static final SerializedString text = new SerializedString("text");
        static final SerializedString title = new SerializedString("title");
        static final SerializedString total = new SerializedString("total");
        static final SerializedString trace = new SerializedString("trace");
        static final SerializedString undetermined = new SerializedString("undetermined");
        static final SerializedString undeterminedBy = new SerializedString("undeterminedBy");
        static final SerializedString unit = new SerializedString("unit");
        static final SerializedString unknown = new SerializedString("unknown");
        static final SerializedString until = new SerializedString("until");
        static final SerializedString value = new SerializedString("value");
        static final SerializedString variants = new SerializedString("variants");
        static final SerializedString warnings = new SerializedString("warnings");
        static final SerializedString workingDaysLate = new SerializedString("workingDaysLate");
        static final SerializedString workingDaysLeft = new SerializedString("workingDaysLeft");
        static final SerializedString workingDaysUsed = new SerializedString("workingDaysUsed");
        static final SerializedString error = new SerializedString("error");
        static final SerializedString problems = new SerializedString("problems");
        static final SerializedString path = new SerializedString("path");
        static final SerializedString message = new SerializedString("message");
        private F() {
        }
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void bool(JsonGenerator g, SerializedString name, boolean value) throws IOException {
        g.writeFieldName(name);
        g.writeBoolean(value);
    }

    private static void number(JsonGenerator g, SerializedString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value); // an int stays an int (a tree of the result has IntNodes where it had them)
    }

    private static void number(JsonGenerator g, SerializedString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void nullField(JsonGenerator g, SerializedString name) throws IOException {
        g.writeFieldName(name);
        g.writeNull();
    }

    private static void arrayStart(JsonGenerator g, SerializedString name) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
    }

    private static void objectStart(JsonGenerator g, SerializedString name) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
    }

    /** What set an award's or exclusion's amount, when a deployment set it where the text leaves the figure open. */
    private static void amountBasis(JsonGenerator g, AmountBasis basis) throws IOException {
        basis(g, F.amountBasis, basis);
    }

    /** A deployment's parameter value as {@code field}: an amount's basis, or the switch that turned a variant on. */
    private static void basis(JsonGenerator g, SerializedString field, AmountBasis basis) throws IOException {
        if (basis == null) {
            return;
        }
        g.writeFieldName(field);
        g.writeStartObject();
        string(g, F.parameter, basis.parameter());
        date(g, F.from, basis.from());
        string(g, F.value, basis.value());
        string(g, F.source, basis.source());
        g.writeEndObject();
    }

    /** The one place that says what a result looks like in JSON; streamed, since batches write millions. */
    private static void write(JsonGenerator g, EvaluationResult r, Language language, boolean withTrace, Long line)
            throws IOException {
        g.writeStartObject();
        string(g, F.policy, r.policy());
        string(g, F.asOf, io.iprules.internal.IsoDates.format(r.asOf()));
        string(g, F.applicant, r.subjectName());
        bool(g, F.eligible, r.eligible());
        arrayStart(g, F.awards);
        for (Award a : r.awards()) {
            g.writeStartObject();
            string(g, F.code, a.code());
            string(g, F.subject, a.subject().in(language));
            string(g, F.subjectId, a.subjectId());
            date(g, F.date, a.date());
            money(g, F.amount, a.amount());
            if (a.undeterminedBy() != null) {
                string(g, F.undeterminedBy, a.undeterminedBy());
            }
            amountBasis(g, a.amountBasis());
            string(g, F.citation, a.citation());
            string(g, F.reason, a.reason().in(language));
            if (!a.eligibilityDetermined()) {
                string(g, F.eligibility, "UNDETERMINED");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        arrayStart(g, F.excluded);
        for (Exclusion x : r.excluded()) {
            g.writeStartObject();
            string(g, F.code, x.code());
            string(g, F.subject, x.subject().in(language));
            string(g, F.subjectId, x.subjectId());
            date(g, F.date, x.date());
            money(g, F.amount, x.amount());
            amountBasis(g, x.amountBasis());
            string(g, F.reason, x.reason().name());
            string(g, F.citation, x.citation());
            string(g, F.awardCitation, x.awardCitation());
            string(g, F.detail, x.detail().in(language));
            g.writeEndObject();
        }
        g.writeEndArray();
        arrayStart(g, F.conditions);
        for (Condition c : r.conditions()) {
            g.writeStartObject();
            string(g, F.code, c.code());
            string(g, F.subject, c.subject());
            bool(g, F.met, c.met());
            string(g, F.actual, c.actual());
            string(g, F.required, c.required());
            string(g, F.citation, c.citation());
            if (c.gap() != null) {
                string(g, F.gap, c.gap());
            }
            if (c.detail() != null) {
                string(g, F.detail, c.detail().in(language));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        arrayStart(g, F.indicators);
        for (Indicator i : r.indicators()) {
            g.writeStartObject();
            string(g, F.code, i.code());
            string(g, F.title, i.title().in(language));
            string(g, F.status, i.status().name());
            if (i.yesNo()) {
                yesNo(g, F.actual, i.actual());
                yesNo(g, F.required, i.required());
                string(g, F.comparison, i.comparison().symbol());
                nullField(g, F.progress); // a yes/no target has no progress; the contract's field is there all the same
            } else {
                string(g, F.actual, plain(i.actual()));
                string(g, F.required, i.requiredText());
                string(g, F.comparison, i.comparison().symbol());
                string(g, F.requiredValue, plain(i.required()));
                string(g, F.progress, plain(i.progress()));
                string(g, F.progressBasis, plain(i.progressBasis()));
            }
            string(g, F.unit, i.unit().name());
            if (i.due() != null) {
                string(g, F.due, io.iprules.internal.IsoDates.format(i.due()));
                bool(g, F.overdue, i.overdue());
            }
            if (i.reference() != null) {
                objectStart(g, F.reference);
                string(g, F.key, i.reference().key());
                string(g, F.title, i.reference().title().in(language));
                string(g, F.factor, plain(i.reference().factor()));
                string(g, F.value, plain(i.reference().value()));
                g.writeEndObject();
            }
            string(g, F.citation, i.citation());
            string(g, F.source, i.source());
            if (i.detail() != null) {
                string(g, F.detail, i.detail().in(language));
            }
            if (i.exact() != null) {
                string(g, F.decidedBy, i.exact().comparison());
                string(g, F.gap, plain(i.exact().gap()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.indicators().isEmpty()) {
            IndicatorSummary s = r.indicatorSummary();
            objectStart(g, F.indicatorSummary);
            number(g, F.met, s.met());
            number(g, F.notMet, s.notMet());
            number(g, F.unknown, s.unknown());
            number(g, F.total, s.total());
            g.writeEndObject();
        }
        // written when empty too, as every field of the contract's result is (a result without deadlines: [])
        arrayStart(g, F.deadlines);
        for (Deadline d : r.deadlines()) {
            g.writeStartObject();
            string(g, F.code, d.code());
            string(g, F.subject, d.subject());
            string(g, F.status, d.status().name());
            Boolean met = d.met();
            if (met == null) {
                nullField(g, F.met);
            } else {
                bool(g, F.met, met);
            }
            date(g, F.start, d.start());
            date(g, F.deadline, d.deadline());
            date(g, F.done, d.done());
            count(g, F.workingDaysUsed, d.workingDaysUsed());
            count(g, F.workingDaysLate, d.workingDaysLate());
            count(g, F.workingDaysLeft, d.workingDaysLeft());
            arrayStart(g, F.calendar);
            for (String notice : d.calendar()) {
                g.writeString(notice);
            }
            g.writeEndArray();
            string(g, F.citation, d.citation());
            if (d.detail() != null) {
                string(g, F.detail, d.detail().in(language));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        arrayStart(g, F.measures);
        for (Measure m : r.measures()) {
            g.writeStartObject();
            string(g, F.citation, m.citation());
            string(g, F.addressee, m.addressee());
            string(g, F.text, m.text().in(language));
            if (m.place() != null) {
                string(g, F.place, m.place());
            }
            if (!m.scope().isEmpty()) {
                arrayStart(g, F.scope);
                for (String s : m.scope()) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Phase phase = r.phase().orElse(null);
        string(g, F.phase, phase == null ? null : phase.code());
        if (phase != null) {
            objectStart(g, F.phaseDetail);
            string(g, F.code, phase.code());
            string(g, F.title, phase.title().in(language));
            string(g, F.from, io.iprules.internal.IsoDates.format(phase.from()));
            date(g, F.until, phase.until());
            string(g, F.citation, phase.citation());
            g.writeEndObject();
        }
        money(g, F.total, r.total());
        number(g, F.undetermined, r.undetermined());
        arrayStart(g, F.warnings);
        for (Text w : r.warnings()) {
            g.writeString(w.in(language));
        }
        g.writeEndArray();
        if (!r.variants().isEmpty()) {
            variants(g, r);
        }
        Receipt receipt = r.receipt().orElse(null);
        if (receipt != null) {
            objectStart(g, F.receipt);
            string(g, F.library, receipt.library());
            string(g, F.policy, receipt.policy());
            string(g, F.policyVersion, receipt.policyVersion());
            string(g, F.rules, receipt.rules());
            string(g, F.parameters, receipt.parameters());
            if (!receipt.data().isEmpty()) {
                objectStart(g, F.data);
                for (var d : receipt.data().entrySet()) {
                    g.writeStringField(d.getKey(), d.getValue());
                }
                g.writeEndObject();
            }
            string(g, F.request, receipt.request());
            string(g, F.asOf, io.iprules.internal.IsoDates.format(receipt.asOf()));
            string(g, F.asOfSource, receipt.asOfSource().name());
            string(g, F.language, language.tag());
            if (!r.variants().isEmpty()) {
                variants(g, r);
            }
            g.writeEndObject();
        }
        if (withTrace) {
            arrayStart(g, F.trace);
            for (FiredRule f : r.trace()) {
                g.writeStartObject();
                string(g, F.rule, f.rule());
                string(g, F.citation, f.citation());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (line != null) {
            number(g, F.line, line);
        }
        g.writeEndObject();
    }

    /** The named variants of readings applied: in the result, and again in its receipt. */
    private static void variants(JsonGenerator g, EvaluationResult r) throws IOException {
        arrayStart(g, F.variants);
        for (Variant v : r.variants()) {
            g.writeStartObject();
            string(g, F.code, v.code());
            string(g, F.citation, v.citation());
            basis(g, F.basis, v.basis());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void yesNo(JsonGenerator g, SerializedString field, BigDecimal d) throws IOException {
        if (d == null) {
            nullField(g, field);
        } else {
            bool(g, field, d.signum() != 0);
        }
    }

    private static void count(JsonGenerator g, SerializedString field, Integer n) throws IOException {
        if (n == null) {
            nullField(g, field);
        } else {
            number(g, field, n);
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static void date(JsonGenerator g, SerializedString field, LocalDate d) throws IOException {
        string(g, field, d == null ? null : io.iprules.internal.IsoDates.format(d));
    }

    private static void money(JsonGenerator g, SerializedString field, BigDecimal amount) throws IOException {
        string(g, field, amount == null ? null
                : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
    }

    /**
     * The JSON written for a request that could not be evaluated:
     * {@code {"line": 12, "error": {"problems": [{"path": "…", "message": "…"}]}}} ({@code line} only when given),
     * each message in English.
     */
    public String writeError(List<Problem> problems, Long line) {
        return writeError(problems, line, Language.EN);
    }

    /**
     * As {@link #writeError(List, Long)}, each message in {@code language} (a problem given in English only stays
     * English); the path, the key a program reads, is the same in every language.
     */
    public String writeError(List<Problem> problems, Long line, Language language) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = writer.getFactory().createGenerator(out)) {
            error(g, problems, line, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"line": 12, "error": {"problems": [{"path": …, "message": …}, …]}}}, without the line when null. */
    private static void error(JsonGenerator g, List<Problem> problems, Long line,
            Language language) throws IOException {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(language, "language");
        if (problems.isEmpty()) { // an error line says what is wrong: InvalidRequestException refuses none too
            throw new IllegalArgumentException("an error line needs at least one problem");
        }
        if (problems.size() > InvalidRequestException.MAX_PROBLEMS + 1) {
            problems = new InvalidRequestException(problems).problems(); // bounded and counted, as a refusal's
        }
        g.writeStartObject();
        if (line != null) {
            number(g, F.line, line);
        }
        objectStart(g, F.error);
        arrayStart(g, F.problems);
        for (Problem p : problems) {
            g.writeStartObject();
            string(g, F.path, p.path());
            string(g, F.message, p.message(language));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * As {@link #writeError(List, Long, Language)} with a line, encoded: the same bytes in UTF-8, written by the
     * generator {@link #writeLineUtf8} keeps per thread.
     */
    @API(status = API.Status.INTERNAL, since = "0.2.0")
    public byte[] writeErrorUtf8(List<Problem> problems, long line, Language language) {
        return utf8(g -> error(g, problems, line, language), () -> writeError(problems, line, language));
    }

    /** The JSON written for a line that hit an internal failure: {@code {"line": 12, "error": {"internal": "…"}}}. */
    public String writeInternalError(String message, long line) {
        ObjectNode o = nodes.objectNode();
        o.put("line", line);
        o.putObject("error").put("internal", message);
        try {
            return writer.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ================================================================== policies

    /** Every policy of the engine as indented JSON: periods, provisions, parameters, request kinds. */
    public String writePolicies(Language language) {
        ArrayNode list = nodes.arrayNode();
        for (PolicyDescription d : engine.policies()) {
            list.add(policyNode(d, language));
        }
        return pretty(list);
    }

    /**
     * One policy as {@link #writePolicies} lists it, as indented JSON.
     *
     * @throws InvalidRequestException at path {@code policy} when the engine has no such policy
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    public String writePolicy(String id, Language language) {
        return pretty(policyNode(policyNamed(id), language));
    }

    private String pretty(JsonNode node) {
        try {
            return writer.writer(PRETTY.createInstance()).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode policyNode(PolicyDescription d, Language language) {
        ObjectNode n = nodes.objectNode();
        n.put("id", d.id());
        n.put("title", d.title().in(language));
        n.put("documentNumber", d.documentNumber());
        n.put("issued", d.issued().toString());
        ObjectNode inForce = n.putObject("inForce");
        inForce.put("from", d.inForceFrom().toString());
        inForce.put("until", d.inForceUntil() == null ? null : d.inForceUntil().toString());
        inForce.put("citation", d.inForceCitation());
        n.put("version", d.version());
        ArrayNode subjects = n.putArray("requests");
        for (SubjectKind k : d.subjects()) {
            subjects.addObject().put("key", k.key()).put("description", k.description().in(language));
        }
        ArrayNode provisions = n.putArray("provisions");
        for (Provision p : d.provisions()) {
            ObjectNode pn = provisions.addObject();
            pn.put("citation", p.citation());
            pn.put("title", p.title().in(language));
            ArrayNode codes = pn.putArray("codes");
            p.codes().forEach(codes::add);
            pn.put("status", p.status().name());
            pn.put("note", p.note().in(language));
        }
        ArrayNode parameters = n.putArray("parameters");
        for (ParameterInfo p : d.parameters()) {
            ObjectNode pn = parameters.addObject();
            pn.put("name", p.name());
            pn.put("unit", p.unit().name());
            pn.put("citation", p.citation());
            pn.put("description", p.description().in(language));
            pn.put("open", p.open());
            ArrayNode values = pn.putArray("values");
            for (ParameterValue v : p.values()) {
                values.addObject().put("from", v.from().toString()).put("value", v.value()).put("source", v.source());
            }
        }
        ArrayNode targets = n.putArray("targets");
        for (Target t : d.targets()) {
            ObjectNode tn = targets.addObject();
            tn.put("code", t.code());
            tn.put("title", t.title().in(language));
            tn.put("unit", t.unit().name());
            tn.put("comparison", t.comparison().symbol());
            if (t.unit() == ParameterUnit.YES_NO) {
                tn.put("required", t.required().signum() != 0); // as a result says it: the answer required
            } else {
                tn.put("required", plain(t.required()));
            }
            if (t.reference() != null) {
                tn.putObject("reference").put("key", t.reference().key())
                        .put("title", t.reference().title().in(language))
                        .put("factor", plain(t.reference().factor()));
            }
            tn.put("progressBasis", plain(t.progressBasis()));
            tn.put("maximum", plain(t.maximum()));
            tn.put("citation", t.citation());
            tn.put("source", t.source());
            tn.put("note", t.note().in(language));
        }
        ArrayNode phases = n.putArray("phases");
        for (Phase p : d.phases()) {
            ObjectNode pn = phases.addObject();
            pn.put("code", p.code());
            pn.put("title", p.title().in(language));
            pn.put("from", p.from().toString());
            pn.put("until", p.until() == null ? null : p.until().toString());
            pn.put("citation", p.citation());
            pn.put("source", p.source());
            pn.put("note", p.note().in(language));
        }
        if (!d.exclusionReasons().isEmpty()) {
            ArrayNode reasons = n.putArray("exclusionReasons");
            for (io.iprules.ExclusionReason r : d.exclusionReasons()) {
                ObjectNode reason = reasons.addObject().put("code", r.code()).put("citation", r.citation())
                        .put("text", r.text().in(language));
                if (r.awaitsApplicant()) { // written only when true: the listing of a refusing reason is unchanged
                    reason.put("awaitsApplicant", true);
                }
                if (r.paidBefore()) { // so too: a matter paid before, not counted as held back
                    reason.put("paidBefore", true);
                }
            }
        }
        if (!d.readings().isEmpty()) {
            ArrayNode readings = n.putArray("readings");
            for (io.iprules.Reading r : d.readings()) {
                readings.addObject().put("id", r.id()).put("citation", r.citation())
                        .put("text", r.text().in(language));
            }
        }
        if (!d.data().isEmpty()) { // only a policy that reads data has it: the other listings are unchanged
            ArrayNode data = n.putArray("data");
            for (io.iprules.DataDescription x : d.data()) {
                ObjectNode xn = data.addObject().put("kind", x.kind()).put("title", x.title().in(language))
                        .put("digest", x.digest());
                ArrayNode covers = xn.putArray("covers");
                for (io.iprules.DataDescription.DateRange r : x.covers()) {
                    covers.addObject().put("from", r.from().toString()).put("until", r.until().toString());
                }
                ArrayNode sources = xn.putArray("sources");
                for (io.iprules.DataDescription.Source src : x.sources()) {
                    sources.addObject().put("name", src.name()).put("file", src.file());
                }
            }
        }
        return n;
    }
}
