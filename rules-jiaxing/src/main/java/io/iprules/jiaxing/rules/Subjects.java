package io.iprules.jiaxing.rules;

import io.iprules.jiaxing.BrandHonour;
import io.iprules.jiaxing.ExportTrademark;
import io.iprules.jiaxing.PledgeLoan;
import io.iprules.jiaxing.Standard;
import java.time.LocalDate;

/**
 * How each fact is named in awards ({@code subjectId}) and in claims and payments that refer to it. These
 * names are part of the contract: a {@code paidSubsidies} or {@code otherPolicyClaims} entry uses them.
 */
public final class Subjects {
    private Subjects() {
    }

    /** A brand honour: its brand name when given, else its type. */
    public static String of(BrandHonour h) {
        return !io.iprules.kit.Problems.blankOrNull(h.name()) ? h.name() : h.type().name();
    }

    /** A pledge loan: {@code bank/year}. */
    public static String of(PledgeLoan l) {
        return l.bank() + "/" + l.year();
    }

    /** A standard: its number when given, else {@code LEVEL/published}. */
    public static String of(Standard s) {
        return !io.iprules.kit.Problems.blankOrNull(s.number()) ? s.number()
                : s.level().name() + "/" + s.published();
    }

    /** A brand honour as a result words it: its type and brand ({@code 浙江省著名商标 禾城}), or that none is named. */
    public static io.iprules.Text described(io.iprules.kit.Decision d, BrandHonour h) {
        return io.iprules.kit.Problems.blankOrNull(h.name()) ? d.text("subject.brand.unnamed", h.type())
                : d.text("subject.brand", h.type(), h.name());
    }

    /**
     * A standard as a result words it: its level and number ({@code 国家标准 GB/T 1-2013}), or, with no number, its
     * level and the day it was published, which tell it from another (its subjectId is {@code LEVEL/published}).
     */
    public static io.iprules.Text described(io.iprules.kit.Decision d, Standard s) {
        return io.iprules.kit.Problems.blankOrNull(s.number())
                ? d.text("subject.standard.unnumbered", s.level(), s.published())
                : d.text("subject.standard", s.level(), s.number());
    }

    /** An export trademark's matter: the year. */
    public static String of(ExportTrademark x) {
        return String.valueOf(x.year());
    }

    /**
     * The date a year's figure is known: its last day. Interest paid, or exports made, in a year are settled when
     * the year ends, so a year that has not ended on the as-of date is not yet a fact.
     */
    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
