package io.iprules.beijing.rules;

import io.iprules.beijing.BeijingEnterprise;
import io.iprules.beijing.Industry;
import io.iprules.kit.Decision;
import java.util.List;

/** Words the §1(1) scope condition; the rule file decides it. */
public final class Scope {
    private Scope() {
    }

    /** Records BJ_SEI_SCOPE as the firing rule decided it, and returns the fact the dependent rules match on. */
    public static SeiScope record(Decision d, Applicant a, boolean met) {
        BeijingEnterprise e = a.getEnterprise();
        List<Industry> eight = a.getStrategicIndustries();
        boolean inBeijing = Boolean.TRUE.equals(e.registeredInBeijing());
        String declared = names(e.industries());
        // out of scope: every part that fails is named, not only the first (an officer told only "not in Beijing"
        // would take the industry for one of the eight)
        io.iprules.Text detail = met ? d.text("condition.scope.met", words(d, eight))
                : !inBeijing && eight.isEmpty() ? d.text("condition.scope.neither")
                : !inBeijing ? d.text("condition.scope.not-in-beijing") : d.text("condition.scope.no-industry");
        d.condition("BJ_SEI_SCOPE", e.name(), met, "registeredInBeijing: " + inBeijing + "; industries: " + declared,
                "registeredInBeijing: true; industries: one of the eight of §1(1)", detail, null);
        return new SeiScope(d, met);
    }

    /**
     * The industries in the policy's words, for the officer's text: each one rendered through the catalog's
     * {@code enum.Industry.*} keys, joined by {@code list.join} (、 in Chinese). Nothing is rendered until the text is.
     */
    private static Object words(Decision d, List<Industry> industries) {
        Object joined = industries.get(0); // met: at least one of the eight
        for (int i = 1; i < industries.size(); i++) {
            joined = d.text("list.join", joined, industries.get(i));
        }
        return joined;
    }

    /** The industries' codes, {@code ", "} between them (a loop: this runs for every applicant). */
    private static String names(List<Industry> industries) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < industries.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(industries.get(i).name());
        }
        return b.toString();
    }
}
