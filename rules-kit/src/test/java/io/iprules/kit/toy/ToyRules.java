package io.iprules.kit.toy;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.iprules.DeadlineStatus;
import io.iprules.Target;
import io.iprules.fixture.HandWrittenModel;
import io.iprules.kit.Candidate;
import io.iprules.kit.Decision;
import io.iprules.kit.calendar.DeadlineCount;
import io.iprules.kit.calendar.WorkingDayCalendar;
import io.iprules.kit.calendar.WorkingDayDeadline;
import java.time.LocalDate;
import java.util.List;
import org.drools.model.Rule;
import org.drools.model.Variable;

/**
 * The kit toy's rules, in Drools' executable-model DSL as the kie-maven-plugin would generate them from a DRL file:
 * §1 a subsidy per granted patent (none without a patent: NOT_ELIGIBLE), §2 a yes/no target due 2020-06-30, §3 a
 * time limit whose working days need a calendar (UNKNOWN without one), §4 an informational measure. The
 * {@link org.drools.model.Model} around them is rules-core's test fixture {@link HandWrittenModel}.
 */
public class ToyRules extends HandWrittenModel {
    private static final String PKG = "io.iprules.kit.toy";

    public ToyRules() {
        super(PKG, rules());
    }

    private static List<Rule> rules() {
        Variable<Decision> d1 = declarationOf(Decision.class);
        Variable<ToyApplicant> a1 = declarationOf(ToyApplicant.class);
        Variable<Decision> d2 = declarationOf(Decision.class);
        Variable<ToyApplicant> a2 = declarationOf(ToyApplicant.class);
        Variable<Decision> d3 = declarationOf(Decision.class);
        Variable<ToyApplicant> a3 = declarationOf(ToyApplicant.class);
        Variable<Target> t3 = declarationOf(Target.class);
        Variable<Decision> d4 = declarationOf(Decision.class);
        Variable<ToyApplicant> a4 = declarationOf(ToyApplicant.class);
        Variable<WorkingDayCalendar> c4 = declarationOf(WorkingDayCalendar.class);
        Variable<Decision> d5 = declarationOf(Decision.class);
        Variable<ToyApplicant> a5 = declarationOf(ToyApplicant.class);
        return List.of(
                rule(PKG, "§1 grant").metadata("citation", "kit-toy-2020 §1").build(
                        pattern(d1), pattern(a1).expr("patents > 0", x -> x.patents() > 0),
                        on(d1, a1).execute((d, a) -> grant(d, a))),
                rule(PKG, "§1 no patent").metadata("citation", "kit-toy-2020 §1").build(
                        pattern(d2), pattern(a2).expr("patents == 0", x -> x.patents() == 0),
                        on(d2, a2).execute((d, a) -> grant(d, a)
                                .setExclusion(d.exclusion("NOT_ELIGIBLE", "detail.no-patents")))),
                rule(PKG, "§2 plan").metadata("citation", "kit-toy-2020 §2").build(
                        pattern(d3), pattern(a3), pattern(t3).expr("TOY_PLAN", t -> t.code().equals("TOY_PLAN")),
                        on(d3, a3, t3).execute((d, a, t) -> d.assessYesNo(t, a.planIssued(),
                                LocalDate.of(2020, 6, 30)))),
                rule(PKG, "§3 reply").metadata("citation", "kit-toy-2020 §3").build(
                        pattern(d4), pattern(a4), pattern(c4),
                        on(d4, a4, c4).execute((d, a, c) -> reply(d, a, c))),
                rule(PKG, "§4 publicity").metadata("citation", "kit-toy-2020 §4").build(
                        pattern(d5), pattern(a5),
                        on(d5, a5).execute((d, a) -> d.measure("市知识产权局", d.text("measure.publicity")))));
    }

    /** §3: 5 working days from the day asked (not counted); unknown when no day is given or no notice covers it. */
    private static void reply(Decision d, ToyApplicant a, WorkingDayCalendar calendar) {
        if (a.asked() == null) {
            d.deadline("TOY_REPLY", a.name(), DeadlineStatus.UNKNOWN, null, null, null, null, null, null, List.of(),
                    null);
            return;
        }
        DeadlineCount c = WorkingDayDeadline.count(calendar, a.asked(), 5, a.replied(), d.getAsOf());
        d.deadline("TOY_REPLY", a.name(), c.status(), c.start(), c.deadline(), c.done(), c.workingDaysUsed(),
                c.workingDaysLate(), c.workingDaysLeft(), c.calendar(), null);
    }

    private static Candidate grant(Decision d, ToyApplicant a) {
        LocalDate day = d.getAsOf();
        return d.propose("TOY_GRANT", "grant", a.name(), d.text("subject.patents", a.patents()), day,
                d.amount("TOY_GRANT.PER_PATENT", day).times(a.patents()), 0,
                d.text("reason.grant", a.patents(), d.amount("TOY_GRANT.PER_PATENT", day).value()));
    }
}
