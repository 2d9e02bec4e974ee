package io.iprules.internal;

import java.util.Optional;
import java.util.SortedMap;

/**
 * What an engine writes alike in the receipt (决定回执) of every result of one policy, asked for without evaluating
 * anything: a resumed batch checks with it that the engine continuing a run is the one that decided the results it
 * keeps. Not API: public only so that the batch can reach the engine, which implements it.
 */
public interface EngineReceipts {

    /**
     * The receipt parts that depend on the engine alone, for {@code policy}'s results; empty when this engine has no
     * such policy.
     */
    Optional<Parts> receiptParts(String policy);

    /**
     * The engine's parts of a receipt, as {@link io.iprules.Receipt} names them: the engine keeps one per policy,
     * worked out when it is built, and stamps every result of that policy with it.
     *
     * @param library       the version of the library
     * @param policy        the policy id
     * @param policyVersion the version of the policy's module
     * @param rules         the digest of the module's rule material
     * @param parameters    the digest of the parameter values in force
     * @param data          per kind of deployment data the policy reads, its digest (ordered by kind); {@code null}
     *                      or empty when it reads none
     */
    record Parts(String library, String policy, String policyVersion, String rules, String parameters,
                 SortedMap<String, String> data) {
        /** Copies {@code data}. */
        public Parts {
            data = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(data == null ? java.util.Map.of()
                    : data));
        }

        /** For a policy that reads no deployment data. */
        public Parts(String library, String policy, String policyVersion, String rules, String parameters) {
            this(library, policy, policyVersion, rules, parameters, null);
        }
    }
}
