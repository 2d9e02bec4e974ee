package io.iprules.kit;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.PolicyDescription;
import io.iprules.ConfigurationException;
import io.iprules.Text;
import io.iprules.kit.calendar.CalendarFileException;
import io.iprules.kit.calendar.WorkingDayCalendar;
import io.iprules.spi.Evaluation;
import io.iprules.Outcome;
import io.iprules.spi.PolicyModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Set;

/**
 * A policy module built on the kit: described by its data files ({@link PolicyFiles}, next to the subclass), and
 * evaluated either a chunk of subjects per rule session ({@link #prepare}: the subject's facts carry its
 * {@link Decision}, and the rules join on it) or one subject per session ({@link #evaluate(Evaluation)}). Input
 * problems are reported by throwing {@link InvalidRequestException} (as {@link Problems#throwIfAny()} does); a
 * problem of one item does not stop the others.
 *
 * <pre>{@code
 * public final class Toy2020 extends KitModule {
 *     static final MessageCatalog MESSAGES = MessageCatalog.load(Toy2020.class, "messages");
 *     public String id() { return "toy-2020"; }
 *     protected Prepared prepare(Evaluation e) {
 *         ToyApplicant a = (ToyApplicant) e.subject();
 *         Problems p = Problems.root(e.subjectKey());
 *         p.required("name", a.name());
 *         p.throwIfAny();
 *         Decision d = Decision.start(e, MESSAGES);
 *         return new Prepared(d, List.of(new ToyFact(d, a)),     // ToyFact carries the decision: rules join on it
 *                 decision -> decision.result(a.name()).eligible(decision.hasEligibleAward()).build());
 *     }
 * }
 * }</pre>
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public abstract class KitModule implements PolicyModule {

    /**
     * The kind of deployment data file that adds years to China's working-day calendar ({@code --calendar FILE} on
     * the command line, {@code RulesEngine.builder().dataFile("calendar", path)} in Java).
     */
    public static final String CALENDAR = "calendar";

    /**
     * China's working-day calendar this module counts deadlines with: the bundled notices until the engine hands
     * over the deployment's files ({@link #useData}); see {@link #workingDayCalendar()}.
     */
    private volatile WorkingDayCalendar calendar = WorkingDayCalendar.china();

    /**
     * The calendar an engine handed over ({@link #useData}), {@code null} until one did: this instance decides with
     * it for as long as that engine lives, so another engine may not hand it a different one.
     */
    private WorkingDayCalendar handedOver;

    /** For subclasses, which the service loader makes. */
    protected KitModule() {
    }

    /**
     * China's working-day calendar (工作日历) this engine counts deadlines in: the State Council notices bundled with
     * the kit, and those a deployment adds. Immutable and thread-safe; the same for every evaluation of an engine.
     */
    protected final WorkingDayCalendar workingDayCalendar() {
        return calendar;
    }

    /**
     * Whether this policy counts working days: then the engine hands it the deployment's calendar files, and its
     * receipts record the calendar's digest ({@code "data": {"calendar": …}}). A module that calls
     * {@link #workingDayCalendar()} says so here; false by default.
     */
    protected boolean usesWorkingDayCalendar() {
        return false;
    }

    /** {@value #CALENDAR} when the module {@linkplain #usesWorkingDayCalendar() counts working days}. */
    @Override
    public Set<String> dataKinds() {
        return usesWorkingDayCalendar() ? Set.of(CALENDAR) : Set.of();
    }

    /**
     * Builds the working-day calendar once from the bundled notices and the deployment's year files, checked as
     * strictly as a parameter file; a wrong file is the caller's input ({@link ConfigurationException} naming the
     * file, the JSON path and the problem in both languages).
     *
     * @return the calendar's {@linkplain WorkingDayCalendar#digest() digest}
     * @throws ConfigurationException (not in the caller's input) when this instance already decides, for another
     *                                engine, with another calendar: taking this one would change that engine's counts
     *                                (evaluations in flight among them) while its receipts name the calendar it was
     *                                built with. The engine makes one instance per engine; only an instance given by
     *                                hand to two builders ({@code RulesEngine.Builder.module}) meets this.
     */
    @Override
    public synchronized String useData(String kind, Map<String, byte[]> files) {
        if (!CALENDAR.equals(kind) || !usesWorkingDayCalendar()) {
            return PolicyModule.super.useData(kind, files);
        }
        WorkingDayCalendar built;
        if (files.isEmpty()) {
            built = WorkingDayCalendar.china();
        } else {
            WorkingDayCalendar.Builder b = WorkingDayCalendar.builder();
            try {
                files.forEach(b::addYear);
                built = b.build();
            } catch (CalendarFileException e) {
                throw new ConfigurationException(Text.bilingual(e.message(io.iprules.Language.ZH),
                        e.message(io.iprules.Language.EN)), e, true);
            }
        }
        if (handedOver != null && !handedOver.digest().equals(built.digest())) {
            throw new ConfigurationException(Text.bilingual(
                    id() + ": 此模块实例已在另一个引擎中按另一份工作日历作出决定(" + handedOver.digest()
                            + "):每个引擎须使用各自的模块实例",
                    id() + ": this module instance already decides for another engine with another working-day "
                            + "calendar (" + handedOver.digest() + "): give each engine its own instance"),
                    null, false);
        }
        handedOver = built;
        calendar = built;
        return built.digest();
    }

    /** The description read from {@code policy.json} and the files it lists, next to the subclass. */
    @Override
    public PolicyDescription describe() {
        PolicyDescription d = PolicyFiles.describe(getClass());
        // after useData: the calendar described is the one this engine decides with
        return usesWorkingDayCalendar() ? d.withData(List.of(calendar.description(CALENDAR))) : d;
    }

    /**
     * One subject made ready for a rule session that a chunk of applicants share (一批申请人共用一次规则会话).
     *
     * @param decision the subject's working record: inserted with its facts (unless the module's rules take it from
     *                 its facts: {@link #decisionIsAFact}); every rule joins the subject's facts to it
     *                 ({@code $d : Decision()  $p : Patent(decision == $d)}), so applicants never meet in a rule
     * @param facts    what the rules see of this subject, each fact carrying {@code decision}
     * @param result   builds the subject's result once the session has run
     */
    protected record Prepared(Decision decision, List<?> facts, Function<Decision, EvaluationResult> result) {
        /** Checks every part is given. */
        public Prepared {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Validates one subject and prepares its facts for a session shared with the rest of its chunk. A module that
     * overrides this is evaluated a chunk per rule session: one session for the whole chunk, which is what makes a
     * batch fast (the session's fixed cost is paid once per chunk, not per applicant). The module's rules must then
     * join every fact of a subject to its {@link Decision}; facts shared by every subject (targets, phases) are
     * given once by {@link #sharedFacts}. The default, {@code null}, means the module evaluates one subject per
     * session with {@link #evaluate(Evaluation)}.
     *
     * @throws InvalidRequestException naming each problem of the subject with its JSON path
     */
    protected Prepared prepare(Evaluation evaluation) {
        return null;
    }

    /**
     * The facts every subject of a chunk shares (constants such as targets and phases), inserted once per session
     * rather than once per applicant; rules match them without a join to a {@link Decision}. None by default.
     */
    protected List<?> sharedFacts(PolicyDescription policy) {
        return List.of();
    }

    /**
     * Whether each subject's {@link Decision} is inserted as a fact of its own, before the subject's facts: true by
     * default, for rules that match it ({@code $d : Decision()}). A module whose rules take the Decision only from
     * facts that carry it ({@link DecisionFact}: {@code CountyReport($d : decision, …)}) says false, and the session
     * holds one fact fewer per subject.
     */
    protected boolean decisionIsAFact() {
        return true;
    }

    /**
     * Validates and evaluates one subject. Must be thread-safe. A module that {@linkplain #prepare prepares} its
     * subjects need not override this: a single evaluation is then a chunk of one.
     *
     * @throws InvalidRequestException naming each problem of the subject with its JSON path
     */
    public EvaluationResult evaluate(Evaluation evaluation) {
        Prepared p = prepare(evaluation);
        if (p == null) {
            throw new IllegalStateException(getClass().getName() + " overrides neither prepare(Evaluation) nor "
                    + "evaluate(Evaluation): a KitModule implements one of them");
        }
        run(evaluation, List.of(p));
        return p.result().apply(p.decision());
    }

    /**
     * Evaluates a chunk: with {@link #prepare}, every valid subject in one rule session; otherwise each with
     * {@link #evaluate(Evaluation)}. An item's problems become its outcome and do not stop the others. Should the
     * shared session fail (a bug), each item is evaluated again in a session of its own, so that the failure is
     * raised by the item that causes it and no other item's result is lost or mixed with it.
     */
    @Override
    public List<Outcome> evaluate(List<Evaluation> chunk) {
        Outcome[] out = new Outcome[chunk.size()];
        List<Prepared> ready = new ArrayList<>(chunk.size());
        List<Integer> at = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Evaluation e = chunk.get(i);
            try {
                Prepared p = prepare(e);
                if (p == null) {
                    out[i] = Outcome.of(evaluate(e));
                } else {
                    ready.add(p);
                    at.add(i);
                }
            } catch (InvalidRequestException x) {
                out[i] = Outcome.invalid(x.problems());
            }
        }
        for (int from = 0; from < ready.size(); from += SESSION_SUBJECTS) {
            int to = Math.min(ready.size(), from + SESSION_SUBJECTS);
            List<Prepared> session = ready.subList(from, to);
            try {
                run(chunk.get(at.get(from)), session);
            } catch (RuntimeException | StackOverflowError failed) {
                if (session.size() == 1) {
                    throw failed;
                }
                for (int k = from; k < to; k++) {
                    out[at.get(k)] = Outcome.of(evaluate(chunk.get(at.get(k))));
                }
                continue;
            }
            for (int k = from; k < to; k++) {
                Prepared p = ready.get(k);
                out[at.get(k)] = Outcome.of(p.result().apply(p.decision()));
            }
        }
        return List.of(out);
    }

    /**
     * The most subjects one rule session takes; a longer chunk is evaluated in several. Enough to spread the
     * session's fixed cost (measured: most of it is gone at 16–64), few enough that its working memory stays small.
     */
    static final int SESSION_SUBJECTS = 64;

    /**
     * One session: the shared facts once, then each subject's decision (unless {@linkplain #decisionIsAFact it is
     * not a fact}) and facts, in the chunk's order.
     */
    private void run(Evaluation first, List<Prepared> ready) {
        List<?> shared = sharedFacts(first.policy());
        boolean decisions = decisionIsAFact();
        int size = shared.size();
        for (Prepared p : ready) {
            size += (decisions ? 1 : 0) + p.facts().size();
        }
        List<Object> all = new ArrayList<>(size);
        all.addAll(shared);
        for (Prepared p : ready) {
            if (decisions) {
                all.add(p.decision());
            }
            p.decision().bringing(p.facts());
            all.addAll(p.facts());
        }
        first.rules().run(all);
    }

    /**
     * The kit's jar is part of the module's rules material: its classes validate, bind figures and build the result
     * (a change of {@link Problems} can refuse what was paid), its messages explain, its data (the provinces table,
     * the working-day notices) decides. The engine covers every file of it outside {@code META-INF/}.
     */
    @Override
    public List<Class<?>> sharedMaterial() {
        return kitMaterialAnd();
    }

    /**
     * The kit ({@link MessageCatalog}'s jar) and {@code more}: what a module returns from {@link #sharedMaterial()}
     * when another jar of helpers decides its outputs too. (The table of China's provincial-level units, which
     * pilot-city-2017 and northeast-2017 name here, is in the kit's jar, covered already.)
     */
    protected static List<Class<?>> kitMaterialAnd(Class<?>... more) {
        List<Class<?>> all = new ArrayList<>(List.of(MessageCatalog.class));
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
