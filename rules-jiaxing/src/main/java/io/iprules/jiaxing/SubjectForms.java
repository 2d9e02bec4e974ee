package io.iprules.jiaxing;

import io.iprules.Text;
import io.iprules.jiaxing.rules.JiaxingAward;
import io.iprules.jiaxing.rules.Subjects;
import io.iprules.kit.Problems;
import io.iprules.kit.Spellings;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment's or a claim's subject in the other of the two forms an item can be named by (reading once-paid). A
 * standard is named by its number, or, listed without one, by its level and the day it was published
 * ({@code LEVEL/published}); a brand honour by its brand's name, or, listed alone without one, by its type
 * ({@link Subjects}). A request giving the number or the name its earlier one left out made the payment recorded then
 * name nothing: the standard (§6(5)6, each its own matter) or the brand (§6(5)5, 同一品牌的各项荣誉为同一事项) was paid
 * again, §7(1) 不重复补助 notwithstanding, with a warning only. So a subject in one form for an item the request writes
 * in the other is an input error, not a guess, as a patent number written another way is: refused, naming the item
 * and what to write. Where nothing the request lists can be meant, the payment is history, not an error: it matches
 * nothing, with the rules' warning, as before.
 *
 * <p>What can be meant, of the items known on the as-of date (a later one is left out of the evaluation, and adding
 * it changes nothing): for {@code LEVEL/published}, a standard of that level and day given with its number (the
 * subject names the day); for an honour's type, a named brand's honour of that type dated on or before the payment
 * (a later one is another honour than the one paid, whose brand is as unknown as any other brand's); for a number no
 * standard listed has, a standard listed without one published on or before the payment (one standard, one day); for
 * a name no honour listed has, an honour listed alone without its brand, whatever its date (a brand's payment reaches
 * its later honours: one matter). A claim under another policy line (其他条线政策) has no date: any such item.
 */
final class SubjectForms {
    private SubjectForms() {
    }

    /** Whether a payment or a claim of {@code code} names an item that has two forms (a standard, a brand honour). */
    static boolean concerns(String code) {
        return JiaxingAward.JX_STANDARD_LEAD.name().equals(code) || JiaxingAward.JX_BRAND_HONOUR.name().equals(code);
    }

    /**
     * Records a problem at {@code subject} where {@code subject}, of a payment of {@code code} on {@code paid} (a
     * claim: null), names in one form an item known on {@code asOf} that the request writes in the other.
     */
    static void check(JiaxingEnterprise e, String code, String subject, LocalDate paid, LocalDate asOf, Problems at) {
        if (Problems.blankOrNull(subject)) {
            return;
        }
        LocalDate by = paid != null ? paid : asOf; // the last day an item can have been there for it
        if (JiaxingAward.JX_STANDARD_LEAD.name().equals(code)) {
            standard(e.standards(), subject, by, asOf, at);
        } else if (JiaxingAward.JX_BRAND_HONOUR.name().equals(code)) {
            brand(e.brandHonours(), subject, by, asOf, at);
        }
    }

    private static void standard(List<Standard> standards, String subject, LocalDate by, LocalDate asOf,
            Problems at) {
        String compared = null;
        for (Standard s : standards) {
            if (s == null || s.level() == null || s.published() == null) {
                continue;
            }
            if (subject.equals(Subjects.of(s))) {
                return; // named as listed
            }
            if (!Problems.blankOrNull(s.number())) {
                compared = compared == null ? Spellings.asCompared(subject) : compared;
                if (compared.equals(Spellings.asCompared(s.number()))) {
                    return; // a number written another way: EnterpriseValidation says so
                }
            }
        }
        LevelDay named = LevelDay.of(subject);
        Text meant = null;
        for (Standard s : standards) {
            if (s == null || s.level() == null || s.published() == null || s.published().isAfter(asOf)) {
                continue;
            }
            boolean numbered = !Problems.blankOrNull(s.number());
            if (named != null ? numbered && s.level() == named.level && s.published().equals(named.day)
                    : !numbered && !s.published().isAfter(by)) {
                Text item = named != null ? Text.plain(s.number())
                        : Jiaxing2012.MESSAGES.text("subject.standard.unnumbered", s.level(), s.published());
                meant = meant == null ? item : Jiaxing2012.MESSAGES.text("list.join", meant, item);
            }
        }
        if (meant != null) {
            at.add("subject", named != null
                    ? EnterpriseValidation.problem("problem.standard-named-by-level-and-day", subject, named.level,
                            named.day, meant)
                    : EnterpriseValidation.problem("problem.standard-number-not-listed", subject, meant));
        }
    }

    private static void brand(List<BrandHonour> honours, String subject, LocalDate by, LocalDate asOf,
            Problems at) {
        String compared = null;
        for (BrandHonour h : honours) {
            if (h == null || h.type() == null) {
                continue;
            }
            if (subject.equals(Subjects.of(h))) {
                return; // named as listed
            }
            if (!Problems.blankOrNull(h.name())) {
                // as EnterpriseValidation compares brands: 禾城·HECHENG is 禾城HECHENG
                compared = compared == null ? Spellings.asComparedName(subject) : compared;
                if (compared.equals(Spellings.asComparedName(h.name()))) {
                    return; // a name written another way: EnterpriseValidation says so
                }
            }
        }
        BrandHonourType type = typeNamed(subject);
        if (type == null) {
            // a name no honour has: an honour listed alone without its brand may be that brand's (several without
            // names are refused at their names, EnterpriseValidation)
            BrandHonour alone = honours.size() == 1 ? honours.get(0) : null;
            if (alone != null && alone.type() != null && alone.date() != null && !alone.date().isAfter(asOf)
                    && Problems.blankOrNull(alone.name())) {
                at.add("subject", EnterpriseValidation.problem("problem.brand-not-listed", subject, alone.type(),
                        alone.date()));
            }
            return;
        }
        Text meant = null;
        for (BrandHonour h : honours) {
            if (h != null && h.type() == type && h.date() != null && !h.date().isAfter(by)
                    && !Problems.blankOrNull(h.name())) {
                Text item = Text.plain(h.name());
                meant = meant == null ? item : Jiaxing2012.MESSAGES.text("list.join", meant, item);
            }
        }
        if (meant != null) {
            at.add("subject", EnterpriseValidation.problem("problem.brand-named-by-honour-type", subject, type, meant));
        }
    }

    /** The honour type {@code subject} names as an unnamed honour's subject id ({@link Subjects}), or null. */
    private static BrandHonourType typeNamed(String subject) {
        for (BrandHonourType t : BrandHonourType.values()) {
            if (t.name().equals(subject)) {
                return t;
            }
        }
        return null;
    }

    /** A level and a day, as an unnumbered standard's subject id writes them ({@link Subjects}). */
    private record LevelDay(StandardLevel level, LocalDate day) {
        /** The level and day {@code subject} writes as {@code LEVEL/yyyy-MM-dd}, or null for any other subject. */
        static LevelDay of(String subject) {
            int slash = subject.indexOf('/');
            if (slash < 0 || subject.length() - slash - 1 != ISO_DAY.length()) {
                return null;
            }
            for (StandardLevel l : StandardLevel.values()) {
                if (l.name().length() == slash && subject.startsWith(l.name())) {
                    try {
                        return new LevelDay(l, LocalDate.parse(subject.substring(slash + 1)));
                    } catch (java.time.format.DateTimeParseException notADay) {
                        return null;
                    }
                }
            }
            return null;
        }

        private static final String ISO_DAY = "yyyy-MM-dd";
    }
}
