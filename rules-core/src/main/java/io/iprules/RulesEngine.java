package io.iprules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The entry point: evaluates requests against the policy modules found on the classpath.
 *
 * <p>Build one engine at start-up and share it: it is thread-safe, and building compiles nothing (rules are
 * compiled when the modules are built) but does load every rule base, which is the slow part.
 *
 * <pre>{@code
 * RulesEngine engine = RulesEngine.builder().build();
 * EvaluationResult r = engine.evaluate(Example2020.APPLICANT, LocalDate.of(2021, 6, 30), enterprise); // typed
 * EvaluationResult same = engine.evaluate("example-2020", LocalDate.of(2021, 6, 30), enterprise);  // by id
 * r.awards().forEach(a -> System.out.println(a.code() + " " + a.amount() + " " + a.citation()));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface RulesEngine {

    /** A builder for an engine over the modules on the context class loader. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Every policy this engine can evaluate, ordered by id, with the parameter values in force here and the data each
     * decides with ({@link PolicyDescription#data()}: a working-day calendar's notices and the dates they cover).
     */
    List<PolicyDescription> policies();

    /**
     * The policy with {@code id}, as a request names it.
     *
     * @throws IllegalArgumentException when no module provides it (the message lists the known ids): a caller's
     *                                  mistake; a caller that may ask for an unknown id uses {@link #findPolicy}.
     *                                  (A request naming an unknown policy is an {@link InvalidRequestException} at
     *                                  path {@code policy}, from {@link #evaluate(EvaluationRequest)} and the JSON
     *                                  contract.)
     */
    PolicyDescription policy(String id);

    /**
     * Evaluates one request.
     *
     * @throws InvalidRequestException naming every problem with the request, before anything is evaluated
     */
    EvaluationResult evaluate(EvaluationRequest request);

    /**
     * Evaluates many requests at once, as a batch does: consecutive requests for one policy are handed to its module
     * as one chunk. A request with problems does not stop the others.
     *
     * @return one outcome per request, in order: its result, or the problems that kept it from being evaluated
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    List<Outcome> evaluateAll(List<EvaluationRequest> requests);

    /**
     * Evaluates {@code subject} under {@code policy} as of {@code asOf}; the subject's type picks the request key.
     * Its type is checked when evaluating: {@link #evaluate(PolicyKey, LocalDate, Object)} checks it when compiling.
     */
    default EvaluationResult evaluate(String policy, LocalDate asOf, Object subject) {
        return evaluate(EvaluationRequest.of(policy, asOf, subject));
    }

    // ---------------------------------------------------------------- typed entry points (0.2.0)

    /**
     * Evaluates {@code subject} under {@code key}'s policy as of {@code asOf}: the typed form of {@link
     * #evaluate(String, LocalDate, Object)}, with which a subject of another type than the key's does not compile.
     * Each policy module publishes its keys (core knows no policy).
     *
     * @throws InvalidRequestException naming every problem with the subject, before anything is evaluated
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    default <S> EvaluationResult evaluate(PolicyKey<S> key, LocalDate asOf, S subject) {
        Objects.requireNonNull(key, "key");
        return evaluate(key.request(asOf, subject));
    }

    /**
     * The policy with {@code id}, or empty when no module provides it (where {@link #policy} throws an
     * {@link IllegalArgumentException}).
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
    default java.util.Optional<PolicyDescription> findPolicy(String id) {
        return policies().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Configures and builds a {@link RulesEngine}. Not thread-safe; the engine it builds is. */
    final class Builder {
        private ClassLoader classLoader;
        private final List<ParameterOverrides.Source> parameterSources = new ArrayList<>();
        private final List<io.iprules.spi.PolicyModule> extraModules = new ArrayList<>();
        private final java.util.Map<String, java.util.Map<String, byte[]>> dataFiles = new java.util.TreeMap<>();
        private boolean discover = true;

        Builder() {
        }

        /** Looks for policy modules and rule bases with this class loader instead of the context one. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Reads a deployment's parameter file: values for the parameters the policy texts leave open (JSON,
         * documented in the README). May be called more than once; a parameter set twice is an error.
         */
        public Builder parameters(Path file) {
            Objects.requireNonNull(file, "file");
            byte[] bytes;
            if (Files.isDirectory(file)) {
                throw new ConfigurationException(Text.bilingual(file + ": 是文件夹,不是参数文件",
                        file + ": is a folder, not a parameter file"), null, true);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(io.iprules.json.StrictJsonFile.MAX_FILE_BYTES + 1); // the limit + 1 byte at most
            } catch (IOException e) { // missing, a path through a file, permission denied…: in the run's language
                Text reason = io.iprules.internal.CoreMessages.reason(e);
                throw new ConfigurationException(Text.bilingual(
                        file + ": 无法读取参数文件:" + reason.in(Language.ZH),
                        file + ": cannot read the parameter file: " + reason.in(Language.EN)), e, true);
            }
            parameterSources.add(ParameterOverrides.Source.json(file.toString(), bytes));
            return this;
        }

        /**
         * As {@link #parameters(Path)}, from a stream named {@code name} in messages. The stream is read here, not
         * closed.
         *
         * @throws ConfigurationException (in the caller's input) naming {@code name} when the stream cannot be read
         */
        public Builder parameters(String name, InputStream json) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(json, "json");
            try {
                parameterSources.add(ParameterOverrides.Source.json(name,
                        json.readNBytes(io.iprules.json.StrictJsonFile.MAX_FILE_BYTES + 1)));
            } catch (IOException e) { // as for a file: which parameters, and why, in both languages
                Text reason = io.iprules.internal.CoreMessages.reason(e);
                throw new ConfigurationException(Text.bilingual(
                        name + ": 无法读取参数文件:" + reason.in(Language.ZH),
                        name + ": cannot read the parameter file: " + reason.in(Language.EN)), e, true);
            }
            return this;
        }

        /**
         * Sets one value of an open parameter from {@code from} on, as a deployment's implementing rule does. Called
         * again for the same parameter, it adds the value after those set before, as a parameter file lists them:
         * in increasing order of {@code from}, no date twice (checked by {@link #build()}, with the file's other
         * rules: a {@code source} that is not blank, a {@code from} of a year a date {@code YYYY-MM-DD} can write).
         *
         * @param policy the policy id
         * @param name   the parameter name, as listed by {@link RulesEngine#policies()}
         * @param from   the first day the value applies
         * @param value  the value as text (a decimal, a whole number or a date, by the parameter's unit)
         * @param source where the value comes from, e.g. the implementing rule's document number
         */
        public Builder parameter(String policy, String name, LocalDate from, String value, String source) {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            ParameterValue v = new ParameterValue(from, value, source);
            for (int i = 0; i < parameterSources.size(); i++) {
                if (parameterSources.get(i).sets(policy, name)) {
                    parameterSources.set(i, parameterSources.get(i).and(v));
                    return this;
                }
            }
            parameterSources.add(ParameterOverrides.Source.single(policy, name, v));
            return this;
        }

        /**
         * Adds a deployment's data file of {@code kind} (e.g. {@code calendar}: a year of China's working-day
         * calendar, a State Council notice the library does not bundle yet), without a rebuild. May be called more
         * than once per kind. The file is read here (at most 16 MiB); the modules that read that kind check it
         * strictly at {@link #build()}, and the receipts of their policies record the digest of the data they use.
         *
         * @param kind lowercase letters, digits and dashes, as a module declares it in
         *             {@link io.iprules.spi.PolicyModule#dataKinds()}
         * @throws ConfigurationException (in the caller's input) when the file cannot be read or is given twice
         */
        public Builder dataFile(String kind, Path file) {
            Objects.requireNonNull(file, "file");
            checkKind(kind);
            String name = file.toString();
            String zhKind = io.iprules.internal.CoreMessages.dataKind(kind).in(Language.ZH); // calendar: 日历
            if (Files.isDirectory(file)) {
                throw new ConfigurationException(Text.bilingual(name + ": 是文件夹,不是" + zhKind + "数据文件",
                        name + ": is a folder, not a " + kind + " file"), null, true);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(io.iprules.json.StrictJsonFile.MAX_FILE_BYTES + 1); // the limit + 1 byte at most
            } catch (IOException e) { // missing, a path through a file, permission denied…: in the run's language
                Text reason = io.iprules.internal.CoreMessages.reason(e);
                throw new ConfigurationException(Text.bilingual(
                        name + ": 无法读取" + zhKind + "数据文件:" + reason.in(Language.ZH),
                        name + ": cannot read the " + kind + " file: " + reason.in(Language.EN)), e, true);
            }
            return dataFile(kind, name, bytes);
        }

        /** As {@link #dataFile(String, Path)}, from bytes named {@code name} in messages and receipts' logs. */
        public Builder dataFile(String kind, String name, byte[] bytes) {
            checkKind(kind);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
            if (bytes.length > io.iprules.json.StrictJsonFile.MAX_FILE_BYTES) {
                throw new ConfigurationException(Text.bilingual(
                        name + ": 文件过大:数据文件最多 " + io.iprules.json.StrictJsonFile.MAX_FILE_BYTES + " 字节",
                        name + ": too large: a data file has at most " + io.iprules.json.StrictJsonFile.MAX_FILE_BYTES
                                + " bytes"), null, true);
            }
            java.util.Map<String, byte[]> files = dataFiles.computeIfAbsent(kind, k -> new java.util.LinkedHashMap<>());
            if (files.putIfAbsent(name, bytes.clone()) != null) {
                throw new ConfigurationException(Text.bilingual(name + ": 同一"
                        + io.iprules.internal.CoreMessages.dataKind(kind).in(Language.ZH) + "数据文件给出了两次",
                        name + ": the same " + kind + " file is given twice"), null, true);
            }
            return this;
        }

        private static void checkKind(String kind) {
            Objects.requireNonNull(kind, "kind");
            if (!kind.matches("[a-z][a-z0-9-]{0,39}")) {
                throw new IllegalArgumentException("a data kind is lowercase letters, digits and dashes: '" + kind
                        + "'");
            }
        }

        /** Adds a module by hand, in addition to those found by {@link java.util.ServiceLoader}. */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2.0") // the SPI is
        public Builder module(io.iprules.spi.PolicyModule module) {
            extraModules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Uses only the modules given with {@link #module}, not those on the classpath. */
        public Builder withoutDiscovery() {
            this.discover = false;
            return this;
        }

        /**
         * Finds the modules, loads their rule bases and parameters, and checks them.
         *
         * @throws ConfigurationException when a rule base is missing or declared twice, two modules share an id,
         *                                no module is found, the parameters are wrong, a data file is wrong or
         *                                of a kind no module reads
         */
        public RulesEngine build() {
            ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = RulesEngine.class.getClassLoader();
            }
            return DefaultRulesEngine.create(loader, discover, extraModules, parameterSources, dataFiles);
        }
    }
}
