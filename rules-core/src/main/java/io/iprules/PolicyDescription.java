package io.iprules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy module encodes: the document, its period in force, its provisions and parameters, and the
 * kinds of request it accepts.
 *
 * @param id             the policy id used in requests, e.g. {@code example-2020}
 * @param title          the document's title
 * @param documentNumber the document number (文号), or {@code null} when the published text carries none
 * @param issued         the date of issue
 * @param inForceFrom    the first day the policy applies
 * @param inForceUntil   the last day it applies, or {@code null} when the text sets no end
 * @param inForceCitation the clause that says when it takes force
 * @param version        the module's version
 * @param provisions     every provision the module considered, implemented or not
 * @param parameters     every parameter its rules read, with the values in force (a deployment's included)
 * @param subjects       the kinds of request it accepts, in order; the first is the usual one
 * @param targets        the targets it assesses, in the order results list them; empty for a policy without
 * @param phases         the phases of its plan, in date order, without gap or overlap; empty for a policy without
 * @param exclusionReasons the reasons it may give for holding an item back, each with its clause; codes unique
 * @param readings       the readings of its text that are choices, each once, with its clause; ids unique
 * @param data           the data it decides with beside its parameters, one per kind it reads (a deployment's files
 *                       included): what is loaded and the dates it covers; empty for a policy that reads none
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record PolicyDescription(String id, Text title, String documentNumber, LocalDate issued,
                                LocalDate inForceFrom, LocalDate inForceUntil, String inForceCitation,
                                String version, List<Provision> provisions, List<ParameterInfo> parameters,
                                List<SubjectKind> subjects, List<Target> targets, List<Phase> phases,
                                List<ExclusionReason> exclusionReasons,
                                @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL,
                                        since = "0.2.0")
                                List<Reading> readings,
                                @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL,
                                        since = "0.2.0")
                                List<DataDescription> data) {
    /** A policy that reads no data beside its parameters. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public PolicyDescription(String id, Text title, String documentNumber, LocalDate issued, LocalDate inForceFrom,
                             LocalDate inForceUntil, String inForceCitation, String version,
                             List<Provision> provisions, List<ParameterInfo> parameters, List<SubjectKind> subjects,
                             List<Target> targets, List<Phase> phases, List<ExclusionReason> exclusionReasons,
                             List<Reading> readings) {
        this(id, title, documentNumber, issued, inForceFrom, inForceUntil, inForceCitation, version, provisions,
                parameters, subjects, targets, phases, exclusionReasons, readings, List.of());
    }

    /** A policy without declared exclusion reasons or readings. */
    public PolicyDescription(String id, Text title, String documentNumber, LocalDate issued, LocalDate inForceFrom,
                             LocalDate inForceUntil, String inForceCitation, String version,
                             List<Provision> provisions, List<ParameterInfo> parameters, List<SubjectKind> subjects,
                             List<Target> targets, List<Phase> phases) {
        this(id, title, documentNumber, issued, inForceFrom, inForceUntil, inForceCitation, version, provisions,
                parameters, subjects, targets, phases, List.of(), List.of());
    }

    /** A policy without targets or phases. */
    public PolicyDescription(String id, Text title, String documentNumber, LocalDate issued, LocalDate inForceFrom,
                             LocalDate inForceUntil, String inForceCitation, String version,
                             List<Provision> provisions, List<ParameterInfo> parameters, List<SubjectKind> subjects) {
        this(id, title, documentNumber, issued, inForceFrom, inForceUntil, inForceCitation, version, provisions,
                parameters, subjects, List.of(), List.of());
    }

    /**
     * Checks the parts: target codes are unique, phases follow one another day after day, one data description per
     * kind. Experimental, as the readings and data it takes are; the shorter constructors without them are not.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public PolicyDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(inForceCitation, "inForceCitation");
        Objects.requireNonNull(version, "version");
        provisions = List.copyOf(provisions);
        parameters = List.copyOf(parameters);
        subjects = List.copyOf(subjects);
        targets = List.copyOf(targets);
        phases = List.copyOf(phases);
        exclusionReasons = List.copyOf(exclusionReasons);
        readings = List.copyOf(readings);
        data = List.copyOf(data);
        java.util.Set<String> dataKinds = new java.util.HashSet<>();
        for (DataDescription x : data) {
            if (!dataKinds.add(x.kind())) {
                throw new IllegalArgumentException(id + ": " + x.kind() + " data is described twice");
            }
        }
        java.util.Set<String> reasonCodes = new java.util.HashSet<>();
        for (ExclusionReason r : exclusionReasons) {
            if (!reasonCodes.add(r.code())) {
                throw new IllegalArgumentException(id + ": exclusion reason " + r.code() + " is declared twice");
            }
        }
        java.util.Set<String> readingIds = new java.util.HashSet<>();
        for (Reading r : readings) {
            if (!readingIds.add(r.id())) {
                throw new IllegalArgumentException(id + ": reading " + r.id() + " is written twice");
            }
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException(id + ": a policy accepts at least one kind of request");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Target t : targets) {
            if (!codes.add(t.code())) {
                throw new IllegalArgumentException(id + ": target " + t.code() + " is defined twice");
            }
        }
        for (int i = 1; i < phases.size(); i++) {
            Phase before = phases.get(i - 1);
            Phase next = phases.get(i);
            if (before.until() == null || !next.from().equals(before.until().plusDays(1))) {
                throw new IllegalArgumentException(id + ": phase " + next.code() + " must start the day after "
                        + before.code() + " ends (" + before.until() + "), not " + next.from());
            }
        }
    }

    /** The target with indicator code {@code code}, if the policy has one. */
    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The phase with code {@code code}, if the policy's plan has one. */
    public Optional<Phase> phase(String code) {
        return phases.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The exclusion reason with code {@code code}, if the policy declares one. */
    public Optional<ExclusionReason> exclusionReason(String code) {
        return exclusionReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The reading with id {@code id}, if the policy has one. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public Optional<Reading> reading(String id) {
        return readings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether the policy applies on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }

    /** The description of the data of kind {@code kind} it reads, if it reads that kind. */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public Optional<DataDescription> data(String kind) {
        return data.stream().filter(x -> x.kind().equals(kind)).findFirst();
    }

    /** The parameter called {@code name}, if the policy has one. */
    public Optional<ParameterInfo> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The subject kind carried by request key {@code key}, if the policy accepts it. */
    public Optional<SubjectKind> subject(String key) {
        for (SubjectKind s : subjects) { // a loop, not a stream: asked once per evaluation
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** This description with other parameters (a deployment's values merged in). */
    public PolicyDescription withParameters(List<ParameterInfo> newParameters) {
        return new PolicyDescription(id, title, documentNumber, issued, inForceFrom, inForceUntil,
                inForceCitation, version, provisions, newParameters, subjects, targets, phases, exclusionReasons,
                readings,
                data);
    }

    /** This description with other data descriptions (the engine's, with their digests). */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    public PolicyDescription withData(List<DataDescription> newData) {
        return new PolicyDescription(id, title, documentNumber, issued, inForceFrom, inForceUntil,
                inForceCitation, version, provisions, parameters, subjects, targets, phases, exclusionReasons, readings,
                newData);
    }
}
