package io.iprules;

import io.iprules.internal.DroolsRuleBases;
import io.iprules.internal.EngineReceipts;
import io.iprules.internal.Fingerprints;
import io.iprules.internal.CoreMessages;
import io.iprules.spi.Evaluation;
import io.iprules.spi.PolicyModule;
import io.iprules.spi.RuleBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine: modules found once, rule bases and parameters loaded once, then shared by every thread. */
final class DefaultRulesEngine implements RulesEngine, EngineReceipts {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultRulesEngine.class);
    /** One line per evaluation at DEBUG: what was decided and which rules fired. */
    private static final Logger EVALUATIONS = LoggerFactory.getLogger("io.iprules.evaluations");

    /** Everything prepared for one policy. */
    private record Loaded(PolicyModule module, PolicyDescription description, RuleBase rules,
            EngineReceipts.Parts stamp) {
    }

    private final Map<String, Loaded> policies;
    private final List<PolicyDescription> descriptions;

    private DefaultRulesEngine(Map<String, Loaded> policies) {
        this.policies = Map.copyOf(policies);
        this.descriptions = policies.values().stream().map(Loaded::description).toList();
    }

    static RulesEngine create(ClassLoader loader, boolean discover, List<PolicyModule> extra,
                              List<ParameterOverrides.Source> parameterSources,
                              Map<String, Map<String, byte[]>> dataFiles) {
        long start = System.nanoTime();
        Map<String, PolicyModule> modules = new TreeMap<>();
        Map<String, Text> owners = new LinkedHashMap<>();
        List<PolicyModule> found = new ArrayList<>(extra);
        if (discover) {
            try {
                ServiceLoader.load(PolicyModule.class, loader).forEach(found::add);
            } catch (ServiceConfigurationError e) {
                throw CoreMessages.cannotStart("start.module-not-loadable", e, e.getMessage());
            }
        }
        for (PolicyModule m : found) {
            String id = m.id();
            PolicyModule twin = modules.put(id, m);
            if (twin != null) {
                boolean twinGiven = extra.stream().anyMatch(x -> x == twin);
                if (twinGiven && extra.stream().anyMatch(x -> x == m)) {
                    // both came from module(…), not from two jars: the class path is not where to look
                    throw CoreMessages.cannotStart("start.module-given-twice", null, id, origin(m));
                }
                if (discover && (twinGiven || extra.stream().anyMatch(x -> x == m))) {
                    // builder().module(…) of a module the class path also declares: name the one found
                    throw CoreMessages.cannotStart("start.module-given-and-found", null, id,
                            origin(twinGiven ? m : twin));
                }
                throw CoreMessages.cannotStart("start.two-modules-one-id", null, id, origin(twin), origin(m));
            }
            owners.put(id, origin(m));
        }
        if (modules.isEmpty()) {
            throw CoreMessages.cannotStart("start.no-module", null, PolicyModule.class.getName());
        }
        Map<String, SortedMap<String, String>> data = handOverData(modules, dataFiles);
        // Building the rule bases is the slow part of start-up: it runs beside the modules' descriptions.
        CompletableFuture<Map<String, DroolsRuleBases.Built>> building = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                building.complete(DroolsRuleBases.load(loader, owners));
            } catch (Throwable t) {
                building.completeExceptionally(t);
            }
        }, "ip-rules-rule-bases");
        builder.setDaemon(true);
        builder.start();
        // The files the receipts' rules digests cover are read (and hashed) beside them too: the jars of rules-core
        // and of the kit once, whatever the number of modules deciding with them.
        Map<byte[], String> hashed = new java.util.IdentityHashMap<>(); // the reader's until it has ended
        CompletableFuture<Map<String, SortedMap<String, byte[]>>> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                Map<String, SortedMap<String, byte[]>> material = new LinkedHashMap<>();
                Map<String, SortedMap<String, byte[]>> jars = new java.util.HashMap<>();
                for (var e : modules.entrySet()) {
                    SortedMap<String, byte[]> files = moduleMaterial(e.getValue(), jars);
                    files.values().forEach(bytes -> Fingerprints.hex(bytes, hashed));
                    material.put(e.getKey(), files);
                }
                reading.complete(material);
            } catch (Throwable t) {
                reading.completeExceptionally(t);
            }
        }, "ip-rules-rule-material");
        reader.setDaemon(true);
        reader.start();
        Map<String, PolicyDescription> described = new LinkedHashMap<>();
        for (var e : modules.entrySet()) {
            PolicyDescription d;
            try {
                d = e.getValue().describe();
            } catch (ConfigurationException x) {
                // a module that words its own defect (the kit, at the file and field) is told in the run's language
                throw CoreMessages.cannotStart("start.no-description", x, e.getKey(),
                        Text.bilingual(x.message(Language.ZH), x.message(Language.EN)));
            } catch (RuntimeException x) {
                throw CoreMessages.cannotStart("start.no-description", x, e.getKey(), x.getMessage());
            }
            if (!d.id().equals(e.getKey())) {
                throw CoreMessages.cannotStart("start.describes-another", null, origin(e.getValue()), e.getKey(),
                        d.id());
            }
            described.put(e.getKey(), withDataDigests(d, e.getValue(), data.get(e.getKey())));
        }
        Map<String, String> setBy = new java.util.HashMap<>();
        described = ParameterOverrides.apply(described, parameterSources, setBy);
        if (!parameterSources.isEmpty()) {
            LOG.info("deployment parameters from {}", parameterSources.stream().map(ParameterOverrides.Source::name)
                    .toList());
        }
        Map<String, DroolsRuleBases.Built> ruleBases = join(building, builder); // its errors first: what to fix
        Map<String, SortedMap<String, byte[]>> material = join(reading, reader);
        Map<String, Loaded> loaded = new TreeMap<>();
        for (var e : described.entrySet()) {
            PolicyDescription d = e.getValue();
            DroolsRuleBases.Built built = ruleBases.get(e.getKey());
            SortedMap<String, byte[]> files = material.get(e.getKey());
            built.sources().forEach(files::putIfAbsent);
            EngineReceipts.Parts stamp = new EngineReceipts.Parts(Fingerprints.libraryVersion(), d.id(), d.version(),
                    Fingerprints.material(files, hashed), Fingerprints.parameters(d.parameters()),
                    data.get(e.getKey()));
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {}: rules {} over {} files, parameters {}", d.id(), d.version(), stamp.rules(),
                        files.size(), stamp.parameters());
                LOG.trace("{} rule material:\n{}", d.id(), Fingerprints.manifest(files, hashed));
            }
            checkParameters(d, modules.get(e.getKey()), setBy);
            loaded.put(e.getKey(), new Loaded(modules.get(e.getKey()), d, built.rules(), stamp));
        }
        LOG.info("rules engine {} ready in {} ms with policies {}", Fingerprints.libraryVersion(),
                (System.nanoTime() - start) / 1_000_000, describe(loaded));
        return new DefaultRulesEngine(loaded);
    }

    private static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}");
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * Hands each module the deployment's data files of every kind it reads (none given: an empty map), before it
     * describes itself; a file of a kind no module reads is refused rather than silently ignored.
     *
     * @return per policy id, the digest of each kind of data it uses
     */
    private static Map<String, SortedMap<String, String>> handOverData(Map<String, PolicyModule> modules,
                                                                     Map<String, Map<String, byte[]>> dataFiles) {
        Map<String, SortedMap<String, String>> out = new TreeMap<>();
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (var e : modules.entrySet()) {
            SortedMap<String, String> digests = new TreeMap<>();
            java.util.Set<String> declared = e.getValue().dataKinds();
            java.util.Set<String> kinds = declared == null ? java.util.Set.of() : declared;
            for (String kind : kinds) { // checked before they are sorted, which a null kind would fail with no word
                if (kind == null || !KIND.matcher(kind).matches()) {
                    throw CoreMessages.cannotStart("start.data-kind", null, origin(e.getValue()), kind);
                }
            }
            for (String kind : new java.util.TreeSet<>(kinds)) {
                read.add(kind);
                Map<String, byte[]> files = dataFiles.getOrDefault(kind, Map.of());
                Map<String, byte[]> copy = new LinkedHashMap<>();
                files.forEach((name, bytes) -> copy.put(name, bytes.clone()));
                String digest;
                try {
                    digest = e.getValue().useData(kind, java.util.Collections.unmodifiableMap(copy));
                } catch (ConfigurationException x) {
                    throw x;
                } catch (RuntimeException x) {
                    throw CoreMessages.cannotStart("start.data-refused", x, e.getKey(), kind, x.getMessage());
                }
                if (digest == null || !DIGEST.matcher(digest).matches()) {
                    throw CoreMessages.cannotStart("start.data-digest", null, origin(e.getValue()), kind, digest);
                }
                digests.put(kind, digest);
                if (!files.isEmpty()) {
                    LOG.info("{}: {} data from {}", e.getKey(), kind, files.keySet());
                }
            }
            out.put(e.getKey(), digests);
        }
        for (var e : dataFiles.entrySet()) {
            if (!e.getValue().isEmpty() && !read.contains(e.getKey())) {
                String names = String.join(", ", e.getValue().keySet());
                throw new ConfigurationException(Text.bilingual(
                        names + ": 没有任何政策读取" + CoreMessages.dataKind(e.getKey()).in(Language.ZH) + "数据文件(本次加载的政策:"
                                + String.join("、", modules.keySet())
                                + "),该文件不会被使用",
                        names + ": no policy here reads " + e.getKey() + " files (policies loaded: "
                                + String.join(", ", modules.keySet()) + "), so the file would not be used"),
                        null, true);
            }
        }
        return out;
    }

    /**
     * The module's data descriptions completed with the digests its receipts record: one per kind it reads, in the
     * kinds' order; a kind it does not describe is described by its name and digest alone. A description of a kind it
     * does not read, or of other data than it decides with, is a defect of the module.
     */
    private static PolicyDescription withDataDigests(PolicyDescription d, PolicyModule module,
                                                     SortedMap<String, String> digests) {
        Map<String, DataDescription> described = new java.util.HashMap<>();
        for (DataDescription x : d.data()) {
            String digest = digests.get(x.kind());
            if (digest == null) {
                throw CoreMessages.cannotStart("start.data-undeclared", null, origin(module), x.kind());
            }
            if (x.digest() != null && !x.digest().equals(digest)) {
                throw CoreMessages.cannotStart("start.data-described", null, origin(module), x.kind(), x.digest(),
                        digest);
            }
            described.put(x.kind(), x);
        }
        if (digests.isEmpty()) {
            return d;
        }
        List<DataDescription> out = new ArrayList<>();
        digests.forEach((kind, digest) -> {
            DataDescription x = described.get(kind);
            out.add(x == null ? new DataDescription(kind, digest, CoreMessages.dataKind(kind), List.of(), List.of())
                    : x.withDigest(digest));
        });
        return d.withData(out);
    }

    /**
     * Every parameter once, every value fit for its unit and taking effect no earlier than the policy took force:
     * checked when the engine is built, not at a decision. A module whose own parameters break this is a broken
     * installation, told as such (not an internal error): a deployment's value before that day was refused already
     * ({@link ParameterOverrides}), so a value here before it is the module's own, shipped with it. Then
     * the module's own check of what a unit alone cannot tell (an end before the start): its refusal is the
     * deployment's mistake, its failure the module's.
     */
    private static void checkParameters(PolicyDescription d, PolicyModule module, Map<String, String> setBy) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ParameterInfo info : d.parameters()) {
            if (!names.add(info.name())) {
                throw CoreMessages.cannotStart("start.parameter-twice", null, d.id(), info.name());
            }
            for (int i = 0; i < info.values().size(); i++) {
                ParameterValue v = info.values().get(i);
                // as a deployment's value is refused, in the same words: nothing reads it, yet amounts would cite it
                Text early = v.beforeInForce(d.inForceFrom(), d.inForceCitation());
                if (early != null) {
                    throw CoreMessages.cannotStart("start.parameter-before-in-force", null, d.id(), info.name(), i,
                            early);
                }
                try {
                    info.unit().parse(v.value());
                } catch (ParameterUnit.InvalidValueException x) {
                    throw CoreMessages.cannotStart("start.parameter-value", x, d.id(), info.name(), v.from(),
                            x.text());
                }
            }
        }
        try {
            module.checkParameters(d);
        } catch (ConfigurationException x) {
            throw x.inParameters() ? namingTheFile(x, d.id(), setBy) : x;
        } catch (RuntimeException x) {
            throw CoreMessages.cannotStart("start.parameters-unchecked", x, d.id(), x.getMessage());
        }
    }

    /**
     * A module's refusal of a deployment's value, which names the value by its path ({@code
     * policy.NAME[0].value: …}), with the file that set it first, as a unit's refusal is told.
     */
    private static ConfigurationException namingTheFile(ConfigurationException x, String policy,
                                                        Map<String, String> setBy) {
        String en = x.message(Language.EN);
        for (var e : setBy.entrySet()) {
            String path = e.getKey();
            if (path.startsWith(policy + ".") && en.length() > path.length() && en.startsWith(path)
                    && "[.:".indexOf(en.charAt(path.length())) >= 0) {
                return new ConfigurationException(Text.bilingual(e.getValue() + ": " + x.message(Language.ZH),
                        e.getValue() + ": " + en), x, true);
            }
        }
        return x;
    }

    private static List<String> describe(Map<String, Loaded> loaded) {
        return loaded.values().stream().map(l -> l.description().id() + " " + l.description().version()).toList();
    }

    /**
     * The module's rule material for the receipt, everything that decides its output for a given request: every
     * file under the module class's package in its jar (its classes and the executable model's, policy.json and the
     * parameter, target and phase files it lists, rule files, message files, the published text); and every file
     * outside {@code META-INF/} of the jars (or class folders) of the classes it names as {@linkplain
     * PolicyModule#sharedMaterial shared material} (the policy kit's: validation, figures, decisions, messages and
     * data) and of rules-core's (binding, result building, the JSON contract, the core's messages). A path met
     * twice keeps its first file, in that order. The kbase's files are added by the caller.
     *
     * @param jars the files of each shared jar or class folder read so far, by its root: each is read once
     */
    private static SortedMap<String, byte[]> moduleMaterial(PolicyModule m,
            Map<String, SortedMap<String, byte[]>> jars) {
        SortedMap<String, byte[]> files = Fingerprints.files();
        String pkg = m.getClass().getPackageName();
        addClassFolder(files, m.getClass(), pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/", true, path -> true,
                m.id());
        List<Class<?>> shared = new ArrayList<>(m.sharedMaterial());
        shared.add(CoreMessages.class);
        for (Class<?> type : shared) {
            wholeJar(type, jars, m.id()).forEach(files::putIfAbsent);
        }
        return files;
    }

    /** Every file outside {@code META-INF/} of the jar or class folder that holds {@code type}, read once. */
    private static SortedMap<String, byte[]> wholeJar(Class<?> type, Map<String, SortedMap<String, byte[]>> jars,
                                                      String id) {
        String classFile = type.getName().replace('.', '/') + ".class";
        java.net.URL url = classFile(type, classFile, id);
        String root = url.toString();
        root = root.endsWith(classFile) ? root.substring(0, root.length() - classFile.length()) : root;
        SortedMap<String, byte[]> files = jars.get(root);
        if (files == null) {
            files = Fingerprints.files();
            addClassFolder(files, type, "", true, path -> !path.startsWith("META-INF/"), id);
            jars.put(root, files);
        }
        return files;
    }

    private static void addClassFolder(SortedMap<String, byte[]> files, Class<?> type, String folder,
                                       boolean recursive, java.util.function.Predicate<String> also, String id) {
        String classFile = type.getName().replace('.', '/') + ".class";
        Fingerprints.addResources(files, classFile(type, classFile, id), classFile, folder, recursive, also);
    }

    private static java.net.URL classFile(Class<?> type, String classFile, String id) {
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        java.net.URL url = loader.getResource(classFile);
        if (url == null) {
            throw CoreMessages.cannotStart("start.module-class", null, id, classFile);
        }
        return url;
    }

    /**
     * What {@code worker} made, once it has ended. A worker that ended without completing {@code building} met an
     * error even in its {@code catch}: a heap too small for the JVM's own work (at {@code -Xmx8m}), which had left the
     * caller waiting for ever.
     */
    static <T> T join(CompletableFuture<T> building, Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CoreMessages.cannotStart("start.rule-bases", e, e);
        }
        if (!building.isDone()) {
            throw new OutOfMemoryError(worker.getName() + " ended without a result");
        }
        try {
            return building.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw CoreMessages.cannotStart("start.rule-bases", cause, cause);
        }
    }

    /** The module's class, and the jar or folder it comes from where known. */
    private static Text origin(PolicyModule m) {
        var source = m.getClass().getProtectionDomain().getCodeSource();
        return source != null ? CoreMessages.text("start.origin", m.getClass().getName(), source.getLocation())
                : Text.plain(m.getClass().getName());
    }

    @Override
    public List<PolicyDescription> policies() {
        return descriptions;
    }

    /** The policies it decides with their versions, e.g. {@code RulesEngine[p-1 1.0, p-2 0.3.0]}. */
    @Override
    public String toString() {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "RulesEngine[", "]");
        for (PolicyDescription d : descriptions) {
            j.add(d.id() + " " + d.version());
        }
        return j.toString();
    }

    @Override
    public PolicyDescription policy(String id) {
        Loaded l = id == null ? null : policies.get(id);
        if (l == null) {
            throw new IllegalArgumentException(unknownPolicy(id).problems().get(0).message());
        }
        return l.description();
    }

    @Override
    public java.util.Optional<PolicyDescription> findPolicy(String id) {
        Loaded l = id == null ? null : policies.get(id);
        return l == null ? java.util.Optional.empty() : java.util.Optional.of(l.description());
    }

    @Override
    public java.util.Optional<EngineReceipts.Parts> receiptParts(String policy) {
        Loaded l = policy == null ? null : policies.get(policy);
        if (l == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(l.stamp());
    }

    private Loaded loaded(String id) {
        Loaded l = id == null ? null : policies.get(id);
        if (l == null) {
            throw unknownPolicy(id);
        }
        return l;
    }

    /** A request's mistake, in both languages; {@link #policy} gives its English words to a Java caller. */
    private InvalidRequestException unknownPolicy(String id) {
        return InvalidRequestException.unknownPolicy(id, new TreeMap<>(policies).keySet());
    }

    @Override
    public EvaluationResult evaluate(EvaluationRequest request) {
        Objects.requireNonNull(request, "request");
        return evaluateAll(List.of(request)).get(0).resultOrThrow();
    }

    @Override
    public List<Outcome> evaluateAll(List<EvaluationRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        Outcome[] out = new Outcome[requests.size()];
        // Consecutive requests for one policy form one chunk, handed to its module at once.
        int i = 0;
        while (i < requests.size()) {
            Loaded l = null;
            List<Evaluation> chunk = new ArrayList<>();
            int first = -1; // a chunk is consecutive requests: the k-th is requests[first + k]
            List<Stamp> stamps = new ArrayList<>();
            for (; i < requests.size(); i++) {
                EvaluationRequest request = requests.get(i);
                if (request == null) {
                    throw new NullPointerException("requests[" + i + "] is null");
                }
                Loaded here;
                SubjectKind kind;
                try {
                    here = loaded(request.policy());
                    checkAsOf(request.asOf());
                    kind = kindOf(here.description(), request);
                } catch (InvalidRequestException e) {
                    if (l == null) {
                        out[i] = Outcome.invalid(e.problems());
                        continue;
                    }
                    break;
                }
                if (l != null && here != l) {
                    break;
                }
                if (l == null) {
                    first = i;
                }
                l = here;
                chunk.add(new DefaultEvaluation(here.description(), request.asOf(), kind.key(), request.subject(),
                        here.rules()));
                stamps.add(new Stamp(here.stamp(), request, kind.key()));
            }
            if (l == null) {
                continue;
            }
            List<Outcome> outcomes = l.module().evaluate(chunk);
            if (outcomes.size() != chunk.size()) {
                throw new IllegalStateException(origin(l.module()) + " returned " + outcomes.size()
                        + " outcomes for a chunk of " + chunk.size());
            }
            for (int k = 0; k < chunk.size(); k++) {
                Outcome o = outcomes.get(k);
                if (o.evaluated()) {
                    EvaluationResult result = o.result().stamped(stamps.get(k));
                    if (EVALUATIONS.isDebugEnabled()) {
                        log(result);
                    }
                    o = Outcome.of(result);
                }
                out[first + k] = o;
            }
        }
        return List.of(out);
    }

    private static void log(EvaluationResult r) {
        StringBuilder rules = new StringBuilder();
        for (FiredRule f : r.trace()) {
            rules.append("\n    ").append(f.rule()).append("  [").append(f.citation()).append(']');
        }
        EVALUATIONS.debug("{} as of {}, {}: eligible {}, {} awards (total {}, {} undetermined), {} excluded, "
                        + "{} conditions, {} indicators, {} warnings; {} rules fired:{}", r.policy(), r.asOf(),
                r.subjectName(), r.eligible(), r.awards().size(), r.total().toPlainString(), r.undetermined(),
                r.excluded().size(), r.conditions().size(), r.indicators().size(), r.warnings().size(),
                r.trace().size(), rules);
    }

    /**
     * The contract writes a date as {@code YYYY-MM-DD}: a result and its receipt repeat the as-of date, and a
     * signed or five-digit year there would be a file that {@code replay} and the schemas refuse. The JSON reader
     * never passes one; a Java caller can.
     */
    private static void checkAsOf(LocalDate asOf) {
        if (!io.iprules.internal.IsoDates.writable(asOf)) {
            throw new InvalidRequestException("asOf", "必须是有效日期 YYYY-MM-DD(0000 至 9999 年),而不是“" + asOf + "”",
                    "must be a real date YYYY-MM-DD (years 0000 to 9999), not '" + asOf + "'");
        }
    }

    private static SubjectKind kindOf(PolicyDescription d, EvaluationRequest r) {
        if (r.subjectKey() != null) {
            SubjectKind k = d.subject(r.subjectKey()).orElseThrow(() -> new InvalidRequestException(r.subjectKey(),
                    "政策 " + d.id() + " 不接受“" + r.subjectKey() + "”;可接受:" + keys(d, Language.ZH),
                    "policy " + d.id() + " does not take '" + r.subjectKey() + "'; it takes " + keys(d, Language.EN)));
            if (!k.type().isInstance(r.subject())) {
                throw InvalidRequestException.wrongSubject(k.key(), k.type(), r.subject());
            }
            return k;
        }
        for (SubjectKind k : d.subjects()) {
            if (k.type().isInstance(r.subject())) {
                return k;
            }
        }
        throw new InvalidRequestException("", "政策 " + d.id() + " 评估 " + keys(d, Language.ZH) + ";"
                + r.subject().getClass().getSimpleName() + " 不属于其中任何一种", "policy " + d.id() + " evaluates "
                + keys(d, Language.EN) + "; a " + r.subject().getClass().getSimpleName() + " is none of them");
    }

    /** The subjects a policy takes, with their types, as alternatives: {@code applicant (A) 或 city (B)}. */
    private static String keys(PolicyDescription d, Language language) {
        return io.iprules.json.WordLists.or(d.subjects().stream()
                .map(k -> k.key() + " (" + k.type().getSimpleName() + ")").toList(), language);
    }

    private record DefaultEvaluation(PolicyDescription policy, LocalDate asOf, String subjectKey, Object subject,
                                     RuleBase rules) implements Evaluation {
    }
}
