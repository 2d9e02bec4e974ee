package io.iprules.spi;

import io.iprules.EvaluationResult;
import io.iprules.PolicyDescription;

/**
 * A policy plugged into the engine: an id, a description, a way to evaluate.
 *
 * <p>A module is a jar with an implementation of this interface listed in
 * {@code META-INF/services/io.iprules.spi.PolicyModule}, and a {@code META-INF/kmodule.xml} declaring one KIE
 * base named exactly as {@link #id()}. The engine creates one instance per engine, describes it once, loads its
 * rule base once, and then calls {@link #evaluate} from many threads at once: implementations keep no state
 * between evaluations.
 */
public interface PolicyModule {

    /** The policy id used in requests, e.g. {@code jiaxing-2012}; also the name of the module's KIE base. */
    String id();

    /** The document, its provisions, its parameters with their default values, and the request kinds. Called once. */
    PolicyDescription describe();

    /**
     * Validates and evaluates one subject. Must be thread-safe.
     *
     * @throws io.iprules.InvalidRequestException naming each problem of the subject with its JSON path
     */
    EvaluationResult evaluate(Evaluation evaluation);
}
