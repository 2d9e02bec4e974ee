package io.iprules.examples.boundaries;

import io.iprules.internal.Fingerprints;

/**
 * What a policy module must never do, kept only to prove {@link io.iprules.examples.ModuleBoundariesTest} catches it.
 */
final class ForbiddenImport {
    private ForbiddenImport() {
    }

    static String version() {
        return Fingerprints.libraryVersion();
    }
}
