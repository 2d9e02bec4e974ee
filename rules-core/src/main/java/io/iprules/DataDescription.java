package io.iprules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Data a policy decides with beside its parameters, of a kind a deployment may add to without a rebuild (数据; e.g.
 * {@code calendar}: China's working-day calendar, from the State Council's holiday notices): what is loaded, the
 * dates it can decide and the digest every receipt of the policy records. A deployment reads here when its data
 * runs out, rather than learning it from a result that could not be decided.
 *
 * @param kind    the kind, as the module declares it ({@link io.iprules.spi.PolicyModule#dataKinds()})
 * @param digest  the digest the policy's receipts record ({@code "data": {kind: …}}); {@code null} in a module's own
 *                description, as the engine sets it to what the module's
 *                {@link io.iprules.spi.PolicyModule#useData useData} returned
 * @param title   what the data is, in both languages
 * @param covers  the periods of dates it can decide, in date order, neither overlapping nor touching; a date outside
 *                them cannot be decided from it. Empty when the data does not go by date, or covers no date
 * @param sources what it was read from, in order: each part's name and, for a part the deployment gave, its file
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public record DataDescription(String kind, String digest, Text title, List<DateRange> covers, List<Source> sources) {

    /** Checks the parts, and that the periods are in order and apart. */
    public DataDescription {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        covers = List.copyOf(covers);
        sources = List.copyOf(sources);
        for (int i = 1; i < covers.size(); i++) {
            DateRange before = covers.get(i - 1);
            DateRange next = covers.get(i);
            if (!next.from().isAfter(before.until().plusDays(1))) {
                throw new IllegalArgumentException(kind + ": the period from " + next.from()
                        + " must start after the day after " + before.until() + ", where the one before it ends");
            }
        }
    }

    /** This description with the digest the receipts record. */
    public DataDescription withDigest(String newDigest) {
        return new DataDescription(kind, newDigest, title, covers, sources);
    }

    /** Whether the data can decide {@code date}: it falls in one of {@link #covers()}. */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (DateRange r : covers) {
            if (!date.isBefore(r.from()) && !date.isAfter(r.until())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period of dates, first and last day included.
     *
     * @param from  its first day
     * @param until its last day, not before {@code from}
     */
    public record DateRange(LocalDate from, LocalDate until) {
        /** Checks that the period does not end before it starts. */
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("a period cannot end " + until + " before it starts " + from);
            }
        }
    }

    /**
     * A part of the data as read.
     *
     * @param name its name, e.g. a notice's title and document number
     * @param file the name of the deployment's file it was read from, or {@code null} when it is bundled with the
     *             module
     */
    public record Source(String name, String file) {
        /** Checks the name. */
        public Source {
            Objects.requireNonNull(name, "name");
        }

        /** Whether it is bundled with the module rather than given by the deployment. */
        public boolean bundled() {
            return file == null;
        }
    }
}
