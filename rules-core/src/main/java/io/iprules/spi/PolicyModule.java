package io.iprules.spi;

import io.iprules.PolicyDescription;
import java.util.List;

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
     * Classes whose folders' non-class resources (messages, data) decide explanations besides the module's own
     * folder: they are covered by the receipts' rules digest. The module's own package is always covered.
     */
    default List<Class<?>> sharedMaterial() {
        return List.of();
    }
}
