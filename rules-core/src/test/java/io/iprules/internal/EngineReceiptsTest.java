package io.iprules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The engine's parts of a receipt: the digests of deployment data are kept, ordered by kind, and cannot change. */
class EngineReceiptsTest {

    @Test
    void theDataDigestsAreKeptInTheOrderOfTheirKinds() {
        // handed over in another order: kept in the order of the kinds' names
        SortedMap<String, String> data = new TreeMap<>(Comparator.reverseOrder());
        data.put("calendar", "sha256:c");
        data.put("areas", "sha256:a");
        EngineReceipts.Parts parts = new EngineReceipts.Parts("0.2.0", "p-1", "1.0", "sha256:r", "sha256:p", data);
        assertThat(parts.data()).containsExactly(Map.entry("areas", "sha256:a"), Map.entry("calendar", "sha256:c"));
        data.put("tariff", "sha256:t");
        assertThat(parts.data()).as("a copy: the caller's map may change afterwards").hasSize(2);
        SortedMap<String, String> kept = parts.data();
        assertThatThrownBy(() -> kept.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPolicyWithoutDeploymentDataHasNone() {
        assertThat(new EngineReceipts.Parts("0.2.0", "p-1", "1.0", "sha256:r", "sha256:p").data()).isEmpty();
        assertThat(new EngineReceipts.Parts("0.2.0", "p-1", "1.0", "sha256:r", "sha256:p", null).data()).isEmpty();
        assertThat(new EngineReceipts.Parts("0.2.0", "p-1", "1.0", "sha256:r", "sha256:p", new TreeMap<>()).data())
                .isEmpty();
    }
}
