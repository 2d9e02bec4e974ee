package io.iprules.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.iprules.Comparison;
import io.iprules.ExclusionReason;
import io.iprules.ParameterInfo;
import io.iprules.ParameterUnit;
import io.iprules.ParameterValue;
import io.iprules.Phase;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.Reading;
import io.iprules.SubjectKind;
import io.iprules.Target;
import io.iprules.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a module's description from data files next to its classes, so that the document's facts, its
 * provisions and its figures live as data, each with its clause:
 *
 * <ul>
 *   <li>{@code policy.json}: id, title, document number, dates in force, request kinds, provisions
 *       (implemented or not formalised, with the reading or the reason), and the list of parameter files;</li>
 *   <li>one parameter file per provision (e.g. {@code parameters/s6_5_2_recognitions.json}): each parameter
 *       with its unit, and its dated values with their source, or {@code "open": true} and no value where the
 *       text leaves the figure to implementing rules;</li>
 *   <li>one target file per provision that sets targets for a city or county (e.g.
 *       {@code targets/s3_2_4_protection.json}): each target's code, unit, comparison, required value (or the
 *       reference it is a multiple of), and the words of its clause;</li>
 *   <li>a phase file for a plan with phases (e.g. {@code phases/s5_phases.json}): each phase's first and last
 *       day and the words of its clause;</li>
 *   <li>{@code exclusionReasons} in {@code policy.json}: each reason code the module may hold an item back for,
 *       with its clause and words, and {@code "awaitsApplicant": true} for a reason that only holds the item out
 *       until the applicant acts (a choice it must make), which is not a refusal, or {@code "paidBefore": true} for
 *       one that does not pay a matter paid before, which a report does not count as held back;
 *       {@code readingFile} (e.g. {@code readings.json}): each reading that is a choice, once, with its clause, in
 *       zh and en.</li>
 * </ul>
 *
 * The README ("How to add a policy") says what each file holds; the fields are the records of this class, and the
 * five modules and the kit's toy module are complete examples to copy. A malformed file is a defect of the module
 * and fails the engine's start with the file and field named.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PolicyFiles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PolicyFiles() {
    }

    record Bilingual(String zh, String en) {
        Text text() {
            return Text.bilingual(zh, en);
        }
    }

    record InForce(LocalDate from, LocalDate until, String citation) {
    }

    record SubjectEntry(String key, String type, Bilingual description, List<String> identifiedBy) {
    }

    record ProvisionEntry(String citation, Bilingual title, List<String> codes, ProvisionStatus status,
                          Bilingual note) {
    }

    record PolicyFile(String id, Bilingual title, String documentNumber, LocalDate issued, InForce inForce,
                      String version, List<SubjectEntry> subjects, List<ProvisionEntry> provisions,
                      List<String> parameterFiles, List<String> targetFiles, String phaseFile,
                      List<ReasonEntry> exclusionReasons, String readingFile) {
    }

    /** {@code awaitsApplicant}, {@code paidBefore}: absent is {@code false}, a reason that refuses the item. */
    record ReasonEntry(String code, String citation, Bilingual text, Boolean awaitsApplicant, Boolean paidBefore) {
    }

    record ReadingEntry(String id, String citation, String zh, String en) {
    }

    record ReadingFile(List<ReadingEntry> readings) {
    }

    record ReferenceEntry(String key, Bilingual title, BigDecimal factor) {
    }

    record TargetEntry(String code, Bilingual title, ParameterUnit unit, Comparison comparison, BigDecimal required,
                       ReferenceEntry reference, BigDecimal progressBasis, BigDecimal maximum, String citation,
                       String source, Bilingual note) {
    }

    record TargetFile(String citation, List<TargetEntry> targets) {
    }

    record PhaseEntry(String code, Bilingual title, LocalDate from, LocalDate until, String citation, String source,
                      Bilingual note) {
    }

    record PhaseFile(String citation, List<PhaseEntry> phases) {
    }

    record ValueEntry(LocalDate from, String value, String source) {
    }

    record ParameterEntry(String name, ParameterUnit unit, String citation, Bilingual description, Boolean open,
                          List<ValueEntry> values) {
        boolean isOpen() {
            return Boolean.TRUE.equals(open);
        }
    }

    record ParameterFile(String citation, List<ParameterEntry> parameters) {
    }

    /**
     * Reads {@code policy.json} and the parameter files it lists, from the anchor's package.
     *
     * @throws IllegalStateException naming the file and what is wrong
     */
    public static PolicyDescription describe(Class<?> anchor) {
        PolicyFile p = read(anchor, "policy.json", PolicyFile.class);
        String where = anchor.getPackageName() + "/policy.json";
        require(p.id(), "id", where);
        require(p.title(), "title", where);
        require(p.issued(), "issued", where);
        require(p.inForce(), "inForce", where);
        require(p.version(), "version", where);
        if (p.version().contains("${")) {
            // the build's resource filtering did not run (no policy.version property in the module's pom): every
            // receipt would record the placeholder as the module's version
            throw new IllegalStateException(where + ": version is " + p.version() + ", not filtered: give the module's "
                    + "pom a <policy.version> property and filter src/main/resources (README, How to add a policy)");
        }
        require(p.subjects(), "subjects", where);
        require(p.provisions(), "provisions", where);
        List<SubjectKind> subjects = new ArrayList<>();
        for (SubjectEntry s : p.subjects()) {
            try {
                subjects.add(new SubjectKind(s.key(), Class.forName(s.type(), false, anchor.getClassLoader()),
                        s.description().text(), s.identifiedBy()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(where + ": subject type " + s.type() + " not found", e);
            }
        }
        List<Provision> provisions = new ArrayList<>();
        for (ProvisionEntry e : p.provisions()) {
            require(e.citation(), "provisions[].citation", where);
            provisions.add(new Provision(e.citation(), e.title().text(), e.codes() == null ? List.of() : e.codes(),
                    e.status(), e.note() == null ? Text.plain("") : e.note().text()));
        }
        List<ParameterInfo> parameters = new ArrayList<>();
        for (String file : p.parameterFiles() == null ? List.<String>of() : p.parameterFiles()) {
            ParameterFile f = read(anchor, file, ParameterFile.class);
            for (ParameterEntry e : f.parameters()) {
                String fileWhere = anchor.getPackageName() + "/" + file + ": " + e.name();
                require(e.unit(), "unit", fileWhere);
                require(e.description(), "description", fileWhere);
                List<ValueEntry> raw = e.values() == null ? List.of() : e.values();
                if (e.isOpen() && !raw.isEmpty()) {
                    throw new IllegalStateException(fileWhere + ": an open parameter has no default value");
                }
                if (!e.isOpen() && raw.isEmpty()) {
                    throw new IllegalStateException(fileWhere + ": a parameter fixed by the text needs its value");
                }
                List<ParameterValue> values = new ArrayList<>();
                for (ValueEntry v : raw) {
                    values.add(new ParameterValue(v.from(), v.value(), v.source()));
                    if (v.from().isBefore(p.inForce().from())) {
                        // the module's own bug, told at its file as a deployment's value is refused at its path
                        throw new IllegalStateException(fileWhere + ": value from " + v.from() + " is before "
                                + p.inForce().from() + ", the day the policy took force (inForce.from, " + where
                                + "): nothing reads a value before that day; write from " + p.inForce().from()
                                + " (a value that applies from the start; an older document it comes from belongs in"
                                + " its source)");
                    }
                    try {
                        Parameters.parse(e.unit(), v.value());
                    } catch (IllegalArgumentException x) {
                        throw new IllegalStateException(fileWhere + ": value " + x.getMessage(), x);
                    }
                }
                parameters.add(new ParameterInfo(e.name(), e.unit(), e.citation() != null ? e.citation() : f.citation(),
                        e.description().text(), e.isOpen(), values));
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String file : p.targetFiles() == null ? List.<String>of() : p.targetFiles()) {
            targets.addAll(targets(anchor, file));
        }
        List<Phase> phases = p.phaseFile() == null ? List.of() : phases(anchor, p.phaseFile());
        InForce f = p.inForce();
        if (f != null && f.citation() != null
                && provisions.stream().noneMatch(provision -> provision.citation().equals(f.citation()))) {
            // the clause that puts the text in force is a provision like any other: listed, with what it decides
            throw new IllegalStateException(where + ": inForce.citation " + f.citation() + " is no provision's "
                    + "citation: add a provisions entry for it (the clause that dates the text, e.g. its 落款)");
        }
        try {
            return new PolicyDescription(p.id(), p.title().text(), p.documentNumber(), p.issued(), f.from(), f.until(),
                    f.citation(), p.version(), provisions, parameters, subjects, targets, phases,
                    reasons(p, where), p.readingFile() == null ? List.of() : readings(anchor, p.readingFile()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<ExclusionReason> reasons(PolicyFile p, String where) {
        List<ExclusionReason> out = new ArrayList<>();
        for (ReasonEntry e : p.exclusionReasons() == null ? List.<ReasonEntry>of() : p.exclusionReasons()) {
            require(e.code(), "exclusionReasons[].code", where);
            String at = where + ": exclusion reason " + e.code();
            require(e.citation(), "citation", at);
            require(e.text(), "text", at);
            require(e.text().zh(), "text.zh", at);
            require(e.text().en(), "text.en", at);
            out.add(new ExclusionReason(e.code(), e.citation(), e.text().text(),
                    Boolean.TRUE.equals(e.awaitsApplicant()), Boolean.TRUE.equals(e.paidBefore())));
        }
        return out;
    }

    private static List<Reading> readings(Class<?> anchor, String file) {
        ReadingFile f = read(anchor, file, ReadingFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.readings(), "readings", where);
        List<Reading> out = new ArrayList<>();
        for (ReadingEntry e : f.readings()) {
            require(e.id(), "readings[].id", where);
            String at = where + ": " + e.id();
            require(e.citation(), "citation", at);
            require(e.zh(), "zh", at);
            require(e.en(), "en", at);
            try {
                out.add(new Reading(e.id(), e.citation(), Text.bilingual(e.zh(), e.en())));
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException(at + ": " + x.getMessage(), x);
            }
        }
        return out;
    }

    private static List<Target> targets(Class<?> anchor, String file) {
        TargetFile f = read(anchor, file, TargetFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.targets(), "targets", where);
        List<Target> out = new ArrayList<>();
        for (TargetEntry e : f.targets()) {
            String at = where + ": " + e.code();
            require(e.code(), "targets[].code", where);
            require(e.title(), "title", at);
            require(e.unit(), "unit", at);
            require(e.comparison(), "comparison", at);
            require(e.source(), "source", at);
            String citation = e.citation() != null ? e.citation() : f.citation();
            require(citation, "citation", at);
            for (BigDecimal v : new BigDecimal[] {e.required(), e.progressBasis(), e.maximum()}) {
                if (v != null && e.unit() != ParameterUnit.DATE) {
                    try {
                        Parameters.parse(e.unit(), v.toPlainString());
                    } catch (IllegalArgumentException x) {
                        throw new IllegalStateException(at + ": " + v.toPlainString() + " " + x.getMessage(), x);
                    }
                }
            }
            ReferenceEntry r = e.reference();
            try {
                out.add(new Target(e.code(), e.title().text(), e.unit(), e.comparison(), e.required(),
                        r == null ? null : new Target.Reference(r.key(), r.title() == null ? null : r.title().text(),
                                r.factor()),
                        // interned, as the rules' citations are: Decision.assess compares the two references
                        e.progressBasis(), e.maximum(), citation == null ? null : citation.intern(), e.source(),
                        e.note() == null ? Text.plain("") : e.note().text()));
            } catch (IllegalArgumentException | NullPointerException x) {
                throw new IllegalStateException(at + ": " + x.getMessage(), x);
            }
        }
        return out;
    }

    private static List<Phase> phases(Class<?> anchor, String file) {
        PhaseFile f = read(anchor, file, PhaseFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.phases(), "phases", where);
        List<Phase> out = new ArrayList<>();
        for (PhaseEntry e : f.phases()) {
            String at = where + ": " + e.code();
            require(e.code(), "phases[].code", where);
            require(e.title(), "title", at);
            require(e.from(), "from", at);
            require(e.source(), "source", at);
            String citation = e.citation() != null ? e.citation() : f.citation();
            require(citation, "citation", at);
            try {
                out.add(new Phase(e.code(), e.title().text(), e.from(), e.until(), citation, e.source(),
                        e.note() == null ? Text.plain("") : e.note().text()));
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException(at + ": " + x.getMessage(), x);
            }
        }
        return out;
    }

    private static void require(Object value, String field, String where) {
        if (value == null) {
            throw new IllegalStateException(where + ": " + field + " is required");
        }
    }

    private static <T> T read(Class<?> anchor, String file, Class<T> type) {
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(anchor.getPackageName() + "/" + file + " is missing");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(anchor.getPackageName() + "/" + file + ": " + e.getMessage(), e);
        }
    }
}
