package io.iprules.kit;

import io.iprules.EvaluationResult;
import io.iprules.InvalidRequestException;
import io.iprules.PolicyDescription;
import io.iprules.ConfigurationException;
import io.iprules.Text;
import io.iprules.kit.calendar.CalendarFileException;
import io.iprules.kit.calendar.WorkingDayCalendar;
import io.iprules.spi.Evaluation;
import io.iprules.spi.Outcome;
import io.iprules.spi.PolicyModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy module built on the kit: described by its data files ({@link PolicyFiles}, next to the subclass), and
 * evaluated one subject at a time by {@link #evaluate(Evaluation)}, which reports a subject's input problems by
 * throwing {@link InvalidRequestException} (as {@link Problems#throwIfAny()} does). A chunk's items are evaluated in
 * order, each in its own rule session; a problem of one item does not stop the others.
 *
 * <pre>{@code
 * public final class Toy2020 extends KitModule {
 *     static final MessageCatalog MESSAGES = MessageCatalog.load(Toy2020.class, "messages");
 *     public String id() { return "toy-2020"; }
 *     public EvaluationResult evaluate(Evaluation e) {
 *         ToyApplicant a = (ToyApplicant) e.subject();
 *         Problems p = Problems.root(e.subjectKey());
 *         p.required("name", a.name());
 *         p.throwIfAny();
 *         Decision d = Decision.start(e, MESSAGES);
 *         e.rules().run(d, List.of(a));
 *         return d.result(a.name()).eligible(d.standing().size() > 0).build();
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
     */
    @Override
    public String useData(String kind, Map<String, byte[]> files) {
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
        calendar = built;
        return built.digest();
    }

    /** The description read from {@code policy.json} and the files it lists, next to the subclass. */
    @Override
    public PolicyDescription describe() {
        return PolicyFiles.describe(getClass());
    }

    /**
     * Validates and evaluates one subject. Must be thread-safe.
     *
     * @throws InvalidRequestException naming each problem of the subject with its JSON path
     */
    public abstract EvaluationResult evaluate(Evaluation evaluation);

    /** Evaluates each item with {@link #evaluate(Evaluation)}, in order; an item's problems become its outcome. */
    @Override
    public List<Outcome> evaluate(List<Evaluation> chunk) {
        List<Outcome> out = new ArrayList<>(chunk.size());
        for (Evaluation e : chunk) {
            try {
                out.add(Outcome.of(evaluate(e)));
            } catch (InvalidRequestException x) {
                out.add(Outcome.invalid(x.problems()));
            }
        }
        return out;
    }

    /** The kit's messages, which explanations fall back to, are part of the module's rules material. */
    @Override
    public List<Class<?>> sharedMaterial() {
        return List.of(MessageCatalog.class);
    }
}
