package io.iprules.spi;

import io.iprules.Outcome;
import io.iprules.PolicyDescription;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy plugged into the engine: an id, a description, a way to evaluate a chunk of applicants.
 *
 * <p>A module is a jar with an implementation of this interface listed in
 * {@code META-INF/services/io.iprules.spi.PolicyModule}, and a {@code META-INF/kmodule.xml} declaring one KIE
 * base named exactly as {@link #id()}. The engine creates one instance per engine, describes it once, loads its
 * rule base once, and then calls {@link #evaluate} from many threads at once: implementations keep no state
 * between calls. Most modules extend the policy kit's {@code io.iprules.kit.KitModule} rather than implementing
 * this directly.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1.0")
public interface PolicyModule {

    /** The policy id used in requests, e.g. {@code example-2020}; also the name of the module's KIE base. */
    String id();

    /** The document, its provisions, its parameters with their default values, and the request kinds. Called once. */
    PolicyDescription describe();

    /**
     * Validates and evaluates a chunk of subjects, which may share one rule session. Must be thread-safe.
     *
     * @return one outcome per item, in the chunk's order: its result, or its input problems
     */
    List<Outcome> evaluate(List<Evaluation> chunk);

    /**
     * Checks the values a deployment gave this policy's parameters where a unit alone cannot (an end set before the
     * policy took force): called once when the engine starts, with the description those values are merged into
     * (what {@code policies} shows), before any evaluation. Nothing to check by default; a value whose first day is
     * before the policy took force the engine has refused already, for every policy.
     *
     * @param deployed this policy's description with the deployment's parameter values
     * @throws io.iprules.ConfigurationException with {@code inParameters} true (the deployment's mistake), worded in
     *                                           both languages, naming the parameter, the value and what it must be
     */
    default void checkParameters(PolicyDescription deployed) {
    }

    /**
     * Classes whose jars (or class folders) decide this module's outputs besides its own package — a library of
     * policy helpers such as the policy kit, with its validation, its classes and its messages and data: every file
     * of such a jar outside {@code META-INF/} is covered by the receipts' rules digest. The module's own package and
     * rules-core's jar are always covered. Name no class of a jar that holds other policies (it would cover them),
     * nor of a third-party library.
     */
    default List<Class<?>> sharedMaterial() {
        return List.of();
    }

    /**
     * The kinds of deployment data file this module reads (e.g. {@code calendar}: a working-day calendar year), in
     * lowercase letters, digits and dashes. A deployment gives such files without a rebuild
     * ({@code RulesEngine.Builder.dataFile(kind, path)}); the engine hands them over with {@link #useData} once per
     * kind declared here, before {@link #describe()}, and records the digest it returns in every receipt of this
     * policy ({@code "data": {"calendar": "sha256:…"}}), also when the deployment gives no file of that kind (the
     * module's own data is then what it used). None by default.
     */
    default Set<String> dataKinds() {
        return Set.of();
    }

    /**
     * Takes the deployment's files of one of {@link #dataKinds()}: checks them strictly and keeps what it makes of
     * them (with its own bundled data) for every later evaluation. Called once per declared kind, before
     * {@link #describe()} and any evaluation, from one thread. The description may then say what the data holds and
     * which dates it covers ({@link PolicyDescription#data()}, the digest left {@code null} for the engine to set);
     * a kind it does not describe is described by its name and digest alone.
     *
     * @param kind  one of {@link #dataKinds()}
     * @param files the deployment's files of that kind by name (the path as given), in the order given; empty when
     *              it gives none
     * @return the digest ({@code sha256:} and 64 lowercase hex digits) of exactly the data of that kind the module
     *         will decide with, bundled and given together
     * @throws io.iprules.ConfigurationException with {@code inParameters} true (the caller's input), worded in both
     *                                           languages and naming the file, the JSON path and the problem, when a
     *                                           file is wrong
     */
    default String useData(String kind, Map<String, byte[]> files) {
        throw new UnsupportedOperationException(id() + " declares data of kind '" + kind + "' but does not read it");
    }
}
