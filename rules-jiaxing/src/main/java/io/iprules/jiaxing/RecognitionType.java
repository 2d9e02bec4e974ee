package io.iprules.jiaxing;

/**
 * The recognitions of §6(5)2 and §6(5)3, each with the award code it earns. The four patent-enterprise tiers are one
 * matter per enterprise, the circulation-sector unit another, the key intermediary a third (see
 * {@code JiaxingAward}).
 */
public enum RecognitionType {
    /** 国家知识产权示范企业. */
    NATIONAL_IP_DEMO_ENTERPRISE("JX_NATIONAL_IP_DEMO_ENTERPRISE"),
    /** 国家知识产权试点企业. */
    NATIONAL_IP_PILOT_ENTERPRISE("JX_NATIONAL_IP_PILOT_ENTERPRISE"),
    /** 省专利示范企业. */
    PROVINCIAL_PATENT_DEMO_ENTERPRISE("JX_PROVINCIAL_PATENT_DEMO_ENTERPRISE"),
    /** 市专利示范企业. */
    CITY_PATENT_DEMO_ENTERPRISE("JX_CITY_PATENT_DEMO_ENTERPRISE"),
    /** 省流通领域知识产权试点单位. */
    PROVINCIAL_CIRCULATION_IP_PILOT("JX_CIRCULATION_IP_UNIT"),
    /** 省流通领域知识产权示范单位. */
    PROVINCIAL_CIRCULATION_IP_DEMO("JX_CIRCULATION_IP_UNIT"),
    /** 市重点科技中介机构 (§6(5)3). */
    CITY_KEY_SCI_TECH_INTERMEDIARY("JX_KEY_INTERMEDIARY");

    private final String awardCode;

    RecognitionType(String awardCode) {
        this.awardCode = awardCode;
    }

    /** The award code this recognition earns; also the name of the parameter holding its amount. */
    public String awardCode() {
        return awardCode;
    }
}
