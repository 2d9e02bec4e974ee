package io.iprules.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.iprules.Comparison;
import io.iprules.ConfigurationException;
import io.iprules.ExclusionReason;
import io.iprules.Language;
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
import io.iprules.json.StrictJsonFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * and fails the engine's start with the file and field named, in Chinese and English, as a deployment's parameter
 * file is told: a {@link ConfigurationException} of the installation ({@code inParameters} false), which the engine
 * gives with the module's id in the language of the run. What rules-core's own records would refuse is checked here
 * first, where the file and field are known.
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

    record SubjectEntry(String key, String type, Bilingual description, List<String> identifiedBy, Bilingual label) {
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
                       String source, Bilingual note, String measure) {
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
     * @throws ConfigurationException naming the file, the field and what is wrong, in Chinese and English
     */
    public static PolicyDescription describe(Class<?> anchor) {
        PolicyFile p = read(anchor, "policy.json", PolicyFile.class);
        String where = anchor.getPackageName() + "/policy.json";
        require(p.id(), "id", where);
        Text title = text(p.title(), "title", where);
        require(p.issued(), "issued", where);
        InForce f = p.inForce();
        require(f, "inForce", where);
        require(f.from(), "inForce.from", where);
        require(f.citation(), "inForce.citation", where);
        require(p.version(), "version", where);
        if (p.version().contains("${")) {
            // the build's resource filtering did not run (no policy.version property in the module's pom): every
            // receipt would record the placeholder as the module's version
            throw fault(where, "version 为 " + p.version() + ",未经资源过滤:请在模块的 pom 中设置 <policy.version> 属性"
                            + "并过滤 src/main/resources(README,How to add a policy)",
                    "version is " + p.version() + ", not filtered: give the module's pom a <policy.version> property "
                            + "and filter src/main/resources (README, How to add a policy)");
        }
        List<SubjectKind> subjects = subjects(anchor, p, where);
        require(p.provisions(), "provisions", where);
        List<Provision> provisions = new ArrayList<>();
        for (int i = 0; i < p.provisions().size(); i++) {
            ProvisionEntry e = p.provisions().get(i);
            require(e.citation(), "provisions[" + i + "].citation", where);
            String at = where + ": provisions " + e.citation();
            Text provisionTitle = text(e.title(), "title", at);
            require(e.status(), "status", at);
            Text note = note(e.note(), at);
            provisions.add(built(at, () -> new Provision(e.citation(), provisionTitle,
                    e.codes() == null ? List.of() : e.codes(), e.status(), note)));
        }
        if (provisions.stream().noneMatch(provision -> provision.citation().equals(f.citation()))) {
            // the clause that puts the text in force is a provision like any other: listed, with what it decides
            throw fault(where, "inForce.citation " + f.citation() + " 不是任何一项 provisions 的 citation:请为其添加一项 "
                            + "provisions(确定施行日期的条款,如落款)",
                    "inForce.citation " + f.citation() + " is no provision's citation: add a provisions entry for it "
                            + "(the clause that dates the text, e.g. its 落款)");
        }
        List<ExclusionReason> reasons = reasons(p, where);
        List<ParameterInfo> parameters = new ArrayList<>();
        for (String file : p.parameterFiles() == null ? List.<String>of() : p.parameterFiles()) {
            parameters.addAll(parameters(anchor, file, f));
        }
        List<Target> targets = new ArrayList<>();
        Map<String, String> targetFiles = new HashMap<>();
        for (String file : p.targetFiles() == null ? List.<String>of() : p.targetFiles()) {
            targets.addAll(targets(anchor, file, targetFiles));
        }
        List<Phase> phases = p.phaseFile() == null ? List.of() : phases(anchor, p.phaseFile());
        List<Reading> readings = p.readingFile() == null ? List.of() : readings(anchor, p.readingFile());
        return built(where, () -> new PolicyDescription(p.id(), title, p.documentNumber(), p.issued(), f.from(),
                f.until(), f.citation(), p.version(), provisions, parameters, subjects, targets, phases, reasons,
                readings));
    }

    /** The kinds of request, at least one, each with a type the module's class loader finds. */
    private static List<SubjectKind> subjects(Class<?> anchor, PolicyFile p, String where) {
        require(p.subjects(), "subjects", where);
        if (p.subjects().isEmpty()) {
            throw fault(where, "subjects: 政策至少受理一种请求,列表不能为空",
                    "subjects: a policy accepts at least one kind of request, not none");
        }
        List<SubjectKind> out = new ArrayList<>();
        for (int i = 0; i < p.subjects().size(); i++) {
            SubjectEntry s = p.subjects().get(i);
            require(s.key(), "subjects[" + i + "].key", where);
            String at = where + ": subjects " + s.key();
            require(s.type(), "type", at);
            Text description = text(s.description(), "description", at);
            // what the officer's text calls the subject (评估对象, 申报城市); none: an applicant
            Text label = s.label() == null ? null : text(s.label(), "label", at);
            int fields = s.identifiedBy() == null ? 1 : s.identifiedBy().size();
            if (fields < 1 || fields > 2) {
                // as SubjectKind requires: two lines are compared by the first field both give
                throw fault(at, "identifiedBy 列出一或两个字段(先代码,后名称),而不是 " + fields + " 个",
                        "identifiedBy names one or two fields (a code, then a name), not " + fields);
            }
            Class<?> type;
            try {
                type = Class.forName(s.type(), false, anchor.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw fault(at, Text.bilingual("type: 找不到类 " + s.type(), "type: class " + s.type() + " not found"),
                        e);
            }
            out.add(built(at, () -> new SubjectKind(s.key(), type, description, s.identifiedBy(), label)));
        }
        return out;
    }

    private static List<ExclusionReason> reasons(PolicyFile p, String where) {
        List<ExclusionReason> out = new ArrayList<>();
        List<ReasonEntry> entries = p.exclusionReasons() == null ? List.of() : p.exclusionReasons();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ReasonEntry e = entries.get(i);
            require(e.code(), "exclusionReasons[" + i + "].code", where);
            String at = where + ": exclusionReasons " + e.code();
            require(e.citation(), "citation", at);
            Text text = text(e.text(), "text", at);
            if (!e.code().matches("[A-Z][A-Z0-9_]*")) { // as ExclusionReason requires: a code rules and results name
                throw fault(at, "code 只能由大写字母、数字和下划线组成,且以字母开头",
                        "code is upper case letters, digits and underscores, beginning with a letter");
            }
            boolean awaits = Boolean.TRUE.equals(e.awaitsApplicant());
            boolean paidBefore = Boolean.TRUE.equals(e.paidBefore());
            if (awaits && paidBefore) {
                throw fault(at, "awaitsApplicant 与 paidBefore 不能同时为 true:一项理由或者等待申请人行动,或者针对已享受过补助的"
                                + "事项,不能两者兼是",
                        "awaitsApplicant and paidBefore are not both true: a reason holds an item out until the "
                                + "applicant acts, or for a matter paid before, not both");
            }
            if (!codes.add(e.code())) {
                throw fault(at, "同一理由代码声明了两次", "the code is declared twice");
            }
            out.add(built(at, () -> new ExclusionReason(e.code(), e.citation(), text, awaits, paidBefore)));
        }
        return out;
    }

    /**
     * One parameter file: each parameter with its unit, description and clause, and its values oldest first, each
     * taking effect on or after the day the policy took force ({@code inForce}) and fit for the unit; an open
     * parameter without a value, a fixed one with at least one.
     */
    private static List<ParameterInfo> parameters(Class<?> anchor, String file, InForce inForce) {
        ParameterFile f = read(anchor, file, ParameterFile.class);
        String name = anchor.getPackageName() + "/" + file;
        require(f.parameters(), "parameters", name);
        List<ParameterInfo> out = new ArrayList<>();
        for (int k = 0; k < f.parameters().size(); k++) {
            ParameterEntry e = f.parameters().get(k);
            require(e.name(), "parameters[" + k + "].name", name);
            String at = name + ": " + e.name();
            require(e.unit(), "unit", at);
            Text description = text(e.description(), "description", at);
            String citation = e.citation() != null ? e.citation() : f.citation();
            if (citation == null) {
                throw fault(at, "citation 必须填写(在该参数中,或在文件中为其所有参数填写一次)",
                        "citation is required (on the parameter, or once on the file for all its parameters)");
            }
            List<ValueEntry> raw = e.values() == null ? List.of() : e.values();
            if (e.isOpen() && !raw.isEmpty()) {
                throw fault(at, "开放参数(\"open\": true)没有默认取值:请删去其 values,由部署在参数文件中设置",
                        "an open parameter (\"open\": true) has no default value: remove its values, which a "
                                + "deployment sets in its parameter file");
            }
            if (!e.isOpen() && raw.isEmpty()) {
                throw fault(at, "由政策原文规定的参数须在 values 中给出取值(原文将其留给实施细则的,写 \"open\": true)",
                        "a parameter fixed by the text needs its value in values (\"open\": true where the text "
                                + "leaves it to implementing rules)");
            }
            List<ParameterValue> values = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                ValueEntry v = raw.get(i);
                String value = at + ": values[" + i + "]";
                require(v.from(), "values[" + i + "].from", at);
                require(v.value(), "values[" + i + "].value", at);
                require(v.source(), "values[" + i + "].source", at);
                ParameterValue parameterValue = new ParameterValue(v.from(), v.value(), v.source());
                // the module's own bug, told at its file in the words a deployment's value is refused in
                Text early = parameterValue.beforeInForce(inForce.from(), inForce.citation());
                if (early != null) {
                    throw fault(value + ".from", early, null);
                }
                if (i > 0 && !v.from().isAfter(raw.get(i - 1).from())) {
                    throw fault(value + ".from", "各项取值的生效日期必须从早到晚排列,不得重复",
                            "values must be listed in increasing date order, no date twice");
                }
                try {
                    e.unit().parse(v.value());
                } catch (ParameterUnit.InvalidValueException x) {
                    throw fault(value + ".value", x.text(), x);
                }
                values.add(parameterValue);
            }
            out.add(built(at, () -> new ParameterInfo(e.name(), e.unit(), citation, description, e.isOpen(),
                    values)));
        }
        return out;
    }

    private static List<Reading> readings(Class<?> anchor, String file) {
        ReadingFile f = read(anchor, file, ReadingFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.readings(), "readings", where);
        List<Reading> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.readings().size(); i++) {
            ReadingEntry e = f.readings().get(i);
            require(e.id(), "readings[" + i + "].id", where);
            String at = where + ": " + e.id();
            require(e.citation(), "citation", at);
            require(e.zh(), "zh", at);
            require(e.en(), "en", at);
            if (!e.id().matches("[a-z0-9][a-z0-9-]*")) { // as Reading requires: the id the rules' comments name
                throw fault(at, "id 只能由小写字母、数字和连字符组成", "id is lower case letters, digits and hyphens");
            }
            if (!ids.add(e.id())) {
                throw fault(at, "同一读法写了两次", "the reading is written twice");
            }
            out.add(built(at, () -> new Reading(e.id(), e.citation(), Text.bilingual(e.zh(), e.en()))));
        }
        return out;
    }

    /**
     * One target file: each target with its fields, a required value or a reference (exactly one), its figures fit
     * for its unit (a number, never a date), and a code no other target of the policy has ({@code codes}: each code
     * met so far, with its file).
     */
    private static List<Target> targets(Class<?> anchor, String file, Map<String, String> codes) {
        TargetFile f = read(anchor, file, TargetFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.targets(), "targets", where);
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < f.targets().size(); i++) {
            TargetEntry e = f.targets().get(i);
            require(e.code(), "targets[" + i + "].code", where);
            String at = where + ": " + e.code();
            Text title = text(e.title(), "title", at);
            require(e.unit(), "unit", at);
            require(e.comparison(), "comparison", at);
            require(e.source(), "source", at);
            String citation = e.citation() != null ? e.citation() : f.citation();
            if (citation == null) {
                throw fault(at, "citation 必须填写(在该指标中,或在文件中为其所有指标填写一次)",
                        "citation is required (on the target, or once on the file for all its targets)");
            }
            Text note = note(e.note(), at);
            if (e.unit() == ParameterUnit.DATE) {
                throw fault(at + ": unit", "指标的数值是数,不能是日期(DATE)", "a target's figure is a number, not a date (DATE)");
            }
            String[] names = {"required", "progressBasis", "maximum"};
            BigDecimal[] figures = {e.required(), e.progressBasis(), e.maximum()};
            for (int k = 0; k < figures.length; k++) {
                if (figures[k] != null) {
                    try {
                        e.unit().parse(figures[k].toPlainString());
                    } catch (ParameterUnit.InvalidValueException x) {
                        throw fault(at + ": " + names[k], x.text(), x);
                    }
                }
            }
            if ((e.required() == null) == (e.reference() == null)) {
                throw fault(at, "required 与 reference 须给出且只给出其一", "a target has required or reference, exactly one");
            }
            if (e.progressBasis() != null && e.progressBasis().signum() == 0) {
                throw fault(at + ": progressBasis", "不能为 0:进度无法以 0 为基数衡量", "cannot be 0: progress cannot be measured "
                        + "against 0");
            }
            if (e.measure() != null && (e.measure().isBlank() || !e.measure().strip().equals(e.measure()))) {
                // the officer's text sets it after a figure with one space ("45 件"): a word, as the clause writes it
                throw fault(at + ": measure", "量词是条文计数所用的一个词(件、家、人次),前后不加空格,而不是“"
                        + e.measure() + "”", "a measure word is the one word the clause counts in (件, 家, 人次), "
                        + "without spaces around it, not '" + e.measure() + "'");
            }
            Target.Reference reference = e.reference() == null ? null : reference(e.reference(), at);
            String before = codes.putIfAbsent(e.code(), where);
            if (before != null) {
                throw fault(at, "该指标代码已在 " + before + " 中定义", "a target of this code is defined already, in "
                        + before);
            }
            out.add(built(at, () -> new Target(e.code(), title, e.unit(), e.comparison(), e.required(), reference,
                    // interned, as the rules' citations are: Decision.assess compares the two references
                    e.progressBasis(), e.maximum(), citation.intern(), e.source(), note, e.measure())));
        }
        return out;
    }

    /** A target's reference: a key other than {@code actual}, a title, a positive factor. */
    private static Target.Reference reference(ReferenceEntry r, String at) {
        require(r.key(), "reference.key", at);
        Text title = text(r.title(), "reference.title", at);
        require(r.factor(), "reference.factor", at);
        if ("actual".equals(r.key())) {
            throw fault(at + ": reference.key", "“actual”是数值本身的字段,不能作为参照的字段名",
                    "'actual' is the figure itself, not a reference key");
        }
        if (r.factor().signum() <= 0) {
            throw fault(at + ": reference.factor", "必须是正数,而不是 " + r.factor().toPlainString(),
                    "must be positive, not " + r.factor().toPlainString());
        }
        return built(at, () -> new Target.Reference(r.key(), title, r.factor()));
    }

    /** The phase file: each phase with its fields, ending on or after its first day, the next from the day after. */
    private static List<Phase> phases(Class<?> anchor, String file) {
        PhaseFile f = read(anchor, file, PhaseFile.class);
        String where = anchor.getPackageName() + "/" + file;
        require(f.phases(), "phases", where);
        List<Phase> out = new ArrayList<>();
        for (int i = 0; i < f.phases().size(); i++) {
            PhaseEntry e = f.phases().get(i);
            require(e.code(), "phases[" + i + "].code", where);
            String at = where + ": " + e.code();
            Text title = text(e.title(), "title", at);
            require(e.from(), "from", at);
            require(e.source(), "source", at);
            String citation = e.citation() != null ? e.citation() : f.citation();
            if (citation == null) {
                throw fault(at, "citation 必须填写(在该阶段中,或在文件中为其所有阶段填写一次)",
                        "citation is required (on the phase, or once on the file for all its phases)");
            }
            Text note = note(e.note(), at);
            if (e.until() != null && e.until().isBefore(e.from())) {
                throw fault(at + ": until", e.until() + " 早于该阶段的起始日 " + e.from(),
                        e.until() + " is before the phase starts, " + e.from());
            }
            if (i > 0) {
                // as PolicyDescription requires: phases follow one another day after day
                PhaseEntry before = f.phases().get(i - 1);
                if (before.until() == null) {
                    throw fault(where + ": " + before.code(), "until 必须填写:只有最后一个阶段可以没有止日,其后还有阶段 "
                            + e.code(), "until is required: only the last phase may have no end, and " + e.code()
                            + " follows");
                }
                if (!e.from().equals(before.until().plusDays(1))) {
                    throw fault(at + ": from", "必须是 " + before.code() + " 结束(" + before.until() + ")的次日,而不是 "
                            + e.from(), "must be the day after " + before.code() + " ends (" + before.until()
                            + "), not " + e.from());
                }
            }
            out.add(built(at, () -> new Phase(e.code(), title, e.from(), e.until(), citation, e.source(), note)));
        }
        return out;
    }

    /** {@code b} in both languages, both required: {@code field}, {@code field.zh}, {@code field.en}. */
    private static Text text(Bilingual b, String field, String at) {
        require(b, field, at);
        require(b.zh(), field + ".zh", at);
        require(b.en(), field + ".en", at);
        return b.text();
    }

    /** An optional {@code note}: none is empty; one given is in both languages. */
    private static Text note(Bilingual b, String at) {
        return b == null ? Text.plain("") : text(b, "note", at);
    }

    private static void require(Object value, String field, String at) {
        if (value == null) {
            throw fault(at, field + " 必须填写", field + " is required");
        }
    }

    /**
     * A record of the API made from checked parts. Its own checks are those above, where the file and field are
     * known; one they do not foresee (a check rules-core adds later) is still told at the file, in the API's words.
     */
    private static <T> T built(String at, java.util.function.Supplier<T> part) {
        try {
            return part.get();
        } catch (IllegalArgumentException | NullPointerException x) {
            String m = String.valueOf(x.getMessage());
            throw fault(at, Text.bilingual("rules-core 不接受这一部分:" + m, "rules-core refuses this part: " + m), x);
        }
    }

    /** A defect of the module's file at {@code at} (file, entry, field): the installation's, not the caller's. */
    private static ConfigurationException fault(String at, String chinese, String english) {
        return fault(at, Text.bilingual(chinese, english), null);
    }

    private static ConfigurationException fault(String at, Text problem, Throwable cause) {
        return new ConfigurationException(Text.bilingual(at + ": " + problem.in(Language.ZH),
                at + ": " + problem.in(Language.EN)), cause, false);
    }

    /**
     * {@code file}, from the anchor's package, read as strictly as a deployment's file (valid UTF-8, one document,
     * no field twice) into {@code type}: an unknown field, a date that is none, a unit or status of no constant is
     * named at its path, in both languages.
     */
    private static <T> T read(Class<?> anchor, String file, Class<T> type) {
        String name = anchor.getPackageName() + "/" + file;
        byte[] bytes;
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new ConfigurationException(Text.bilingual(name + " 缺失", name + " is missing"), null, false);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw fault(name, StrictJsonFile.readProblem(e), e);
        }
        try {
            return StrictJsonFile.read(name, bytes, JSON, type);
        } catch (StrictJsonFile.InvalidFileException e) {
            throw new ConfigurationException(e.text(), e, false);
        }
    }
}
