package io.iprules.jiaxing;

/**
 * The recognitions of §6(5)2, each with the award code it earns. All of them are one matter per enterprise
 * (同一企业不得重复补助): only the most favourable is paid.
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
    PROVINCIAL_CIRCULATION_IP_DEMO("JX_CIRCULATION_IP_UNIT");

    private final String awardCode;

    RecognitionType(String awardCode) {
        this.awardCode = awardCode;
    }

    /** The award code this recognition earns; also the name of the parameter holding its amount. */
    public String awardCode() {
        return awardCode;
    }
}
