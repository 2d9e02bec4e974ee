package io.iprules.jiaxing.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The award codes of jiaxing-2012 and the matter (事项) each is for. Alternatives for one matter are decided by
 * §7(1): most favourable only, once paid not again, one policy line. Used by the rules and by validation.
 */
public enum JiaxingAward {
    /** §6(5)1 each granted patent: one matter per patent. */
    JX_PATENT_GRANT("patent-grant"),
    /** §6(5)1 first three annual fees of an SEI invention patent: one matter per patent, apart from its grant. */
    JX_SEI_ANNUITY("patent-annuity"),
    /** §6(5)2 national IP demonstration enterprise. */
    JX_NATIONAL_IP_DEMO_ENTERPRISE(null),
    /** §6(5)2 national IP pilot enterprise. */
    JX_NATIONAL_IP_PILOT_ENTERPRISE(null),
    /** §6(5)2 provincial patent demonstration enterprise. */
    JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE(null),
    /** §6(5)2 city patent demonstration enterprise. */
    JX_CITY_PATENT_DEMO_ENTERPRISE(null),
    /** §6(5)2 provincial circulation-sector IP pilot or demonstration unit. */
    JX_CIRCULATION_IP_UNIT(null),
    /** §6(5)2 pledge-loan interest: one matter per bank and year. */
    JX_PLEDGE_LOAN_INTEREST("pledge-loan"),
    /** §6(5)4 China Patent Gold Award: one matter per patent with the excellence award. */
    JX_CHINA_PATENT_GOLD("patent-award"),
    /** §6(5)4 China Patent Excellence Award. */
    JX_CHINA_PATENT_EXCELLENCE("patent-award"),
    /** §6(5)5 brand honour: one matter per honour. */
    JX_BRAND_HONOUR("brand"),
    /** §6(5)5 trademark registered abroad with exports over the threshold: one matter per enterprise and year. */
    JX_EXPORT_TRADEMARK("export-trademark"),
    /** §6(5)6 standard led or mainly drafted: one matter per standard. */
    JX_STANDARD_LEAD("standard");

    /** The matter of every §6(5)2 recognition: one per enterprise (同一企业不得重复补助). */
    public static final String RECOGNITION_MATTER = "recognition";

    private final String matterPrefix;

    JiaxingAward(String matterPrefix) {
        this.matterPrefix = matterPrefix;
    }

    /** Whether the code covers several subjects (patents, honours…), so that a subject must say which. */
    public boolean perSubject() {
        return matterPrefix != null;
    }

    /** The matter of this award for {@code subjectId}. */
    public String matter(String subjectId) {
        return matterPrefix == null ? RECOGNITION_MATTER : matterPrefix + ":" + subjectId;
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
}
