package io.iprules.jiaxing.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The award codes of jiaxing-2012 and the matter (事项) each is for. Candidates of one matter are alternatives
 * decided by §7(1): most favourable only, once paid not again, one policy line. A payment or a claim binds the
 * matter of the code (and subject) it names, and nothing else. Used by the rules and by validation.
 *
 * <p>What is one matter (reading one-matter, revised after a legal review):
 * <ul>
 *   <li>§6(5)2 first sentence, 对被认定为各类国家知识产权示范企业、国家知识产权试点企业、省专利示范企业和市专利示范企业的,
 *       分别给予30万元、20万元、10万元和5万元的补助: four tiers of one thing, one matter per enterprise
 *       ({@value #PATENT_ENTERPRISE_MATTER});</li>
 *   <li>§6(5)2 second sentence, 被认定为省流通领域知识产权试点或示范单位的,给予5万元的补助,同一企业不得重复补助:
 *       another programme of another authority, its own matter ({@value #CIRCULATION_UNIT_MATTER}); pilot and
 *       then demonstration unit is paid once;</li>
 *   <li>§6(5)3 市重点科技中介机构: one matter per unit ({@value #INTERMEDIARY_MATTER});</li>
 *   <li>everything else: one matter per subject (patent, annual fee, brand, loan-year, standard, export-year,
 *       platform).</li>
 * </ul>
 */
public enum JiaxingAward {
    /** §6(5)1 each granted patent: one matter per patent. */
    JX_PATENT_GRANT("patent-grant:", null),
    /** §6(5)1 the first three annual fees of an SEI invention patent: one matter per fee ({@code NUMBER/k}). */
    JX_SEI_ANNUITY("patent-annuity:", null),
    /** §6(5)2 national IP demonstration enterprise. */
    JX_NATIONAL_IP_DEMO_ENTERPRISE(null, JiaxingAward.PATENT_ENTERPRISE_MATTER),
    /** §6(5)2 national IP pilot enterprise. */
    JX_NATIONAL_IP_PILOT_ENTERPRISE(null, JiaxingAward.PATENT_ENTERPRISE_MATTER),
    /** §6(5)2 provincial patent demonstration enterprise. */
    JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE(null, JiaxingAward.PATENT_ENTERPRISE_MATTER),
    /** §6(5)2 city patent demonstration enterprise. */
    JX_CITY_PATENT_DEMO_ENTERPRISE(null, JiaxingAward.PATENT_ENTERPRISE_MATTER),
    /** §6(5)2 provincial circulation-sector IP pilot or demonstration unit. */
    JX_CIRCULATION_IP_UNIT(null, JiaxingAward.CIRCULATION_UNIT_MATTER),
    /** §6(5)2 pledge-loan interest: one matter per bank and year. */
    JX_PLEDGE_LOAN_INTEREST("pledge-loan:", null),
    /** §6(5)3 recognised as a city key science and technology intermediary. */
    JX_KEY_INTERMEDIARY(null, JiaxingAward.INTERMEDIARY_MATTER),
    /** §6(5)3 a public patent-information platform open to the city: one matter per platform. */
    JX_PATENT_INFO_PLATFORM("patent-info-platform:", null),
    /** §6(5)4 China Patent Gold Award: one matter per patent with the excellence award. */
    JX_CHINA_PATENT_GOLD("patent-award:", null),
    /** §6(5)4 China Patent Excellence Award. */
    JX_CHINA_PATENT_EXCELLENCE("patent-award:", null),
    /** §6(5)5 brand honour: one matter per brand or mark, across honour types. */
    JX_BRAND_HONOUR("brand:", null),
    /**
     * §6(5)5 trademark registered abroad, exports of the year reaching the threshold: one matter per enterprise and
     * year.
     */
    JX_EXPORT_TRADEMARK("export-trademark:", null),
    /** §6(5)6 standard led or mainly drafted: one matter per standard. */
    JX_STANDARD_LEAD("standard:", null);

    /** The matter of the four patent-enterprise tiers of §6(5)2's first sentence: one per enterprise. */
    public static final String PATENT_ENTERPRISE_MATTER = "patent-enterprise";
    /** The matter of the circulation-sector unit of §6(5)2's second sentence: one per enterprise. */
    public static final String CIRCULATION_UNIT_MATTER = "circulation-unit";
    /** The matter of the key intermediary of §6(5)3: one per unit. */
    public static final String INTERMEDIARY_MATTER = "key-intermediary";

    private final String matterPrefix;
    private final String enterpriseMatter;

    JiaxingAward(String matterPrefix, String enterpriseMatter) {
        this.matterPrefix = matterPrefix;
        this.enterpriseMatter = enterpriseMatter;
    }

    /** Whether the code covers several subjects (patents, honours…), so that a subject must say which. */
    public boolean perSubject() {
        return matterPrefix != null;
    }

    /** The matter of this award for {@code subjectId} (ignored for a matter of the whole enterprise). */
    public String matter(String subjectId) {
        return matterPrefix == null ? enterpriseMatter : matterPrefix + subjectId;
    }

    /** The award with this code, or {@code null}. */
    public static JiaxingAward byCode(String code) {
        for (JiaxingAward a : values()) {
            if (a.name().equals(code)) {
                return a;
            }
        }
        return null;
    }

    /** Every code, for messages. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** What ends the matter of a top-up line (variant TOP_UP): {@code MATTER#top-up}. */
    private static final String TOP_UP = "#top-up";

    /** The matter of the top-up line of a paid matter: its own, so that it competes with no other candidate. */
    public static String topUpOf(String matter) {
        return matter + TOP_UP;
    }

    /** Whether this award's subject is a patent number (or, for the annual fees, {@code NUMBER/k}). */
    public boolean namesAPatent() {
        return this == JX_PATENT_GRANT || this == JX_SEI_ANNUITY || this == JX_CHINA_PATENT_GOLD
                || this == JX_CHINA_PATENT_EXCELLENCE;
    }

    /**
     * Whether a claim under another policy line naming {@code named} reaches a candidate of matter
     * {@code candidateMatter}: as {@link #within}, a top-up line taken as of the matter it tops up (§7(1)
     * 由企事业单位选择一个政策执行: the choice is for the matter, the difference included).
     */
    public static boolean claimReaches(String candidateMatter, String named) {
        String m = candidateMatter.endsWith(TOP_UP)
                ? candidateMatter.substring(0, candidateMatter.length() - TOP_UP.length()) : candidateMatter;
        return within(m, named);
    }

    /**
     * Whether a candidate of matter {@code candidateMatter} lies within the matter a payment or a claim names:
     * the same matter, or one of its parts (a payment or claim naming a patent's annual fees reaches each fee,
     * {@code patent-annuity:NUMBER/k}, within {@code patent-annuity:NUMBER}). A top-up line
     * ({@code patent-annuity:NUMBER/k#top-up}, {@link #topUpOf}) is no part: a claim reaches it through
     * {@link #claimReaches}, which takes it as of the fee it tops up, and a payment of the patent's fees is dated
     * before the fee a top-up is made for (the variant pays the difference only to a fee dated after every payment of
     * it, PaidMatter.coveredBy), so that taking the line as a part of the patent's fees had decided nothing.
     */
    public static boolean within(String candidateMatter, String named) {
        // only a patent's annuity has parts: a standard's number (GB/T …) or a loan's bank/year merely contain a '/'
        if (candidateMatter.equals(named)) {
            return true;
        }
        int k = named.length() + 1; // where the fee's number begins: NUMBER/k, k digits (EnterpriseValidation)
        if (!named.startsWith(JX_SEI_ANNUITY.matterPrefix) || candidateMatter.length() <= k
                || !candidateMatter.startsWith(named) || candidateMatter.charAt(k - 1) != '/') {
            return false;
        }
        for (int i = k; i < candidateMatter.length(); i++) {
            if (candidateMatter.charAt(i) < '0' || candidateMatter.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
