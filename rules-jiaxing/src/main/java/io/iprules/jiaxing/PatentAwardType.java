package io.iprules.jiaxing;

/** The China Patent Awards of §6(5)4. */
public enum PatentAwardType {
    /** 中国专利金奖. */
    CHINA_PATENT_GOLD("JX_CHINA_PATENT_GOLD"),
    /** 中国专利优秀奖. */
    CHINA_PATENT_EXCELLENCE("JX_CHINA_PATENT_EXCELLENCE");

    private final String awardCode;

    PatentAwardType(String awardCode) {
        this.awardCode = awardCode;
    }

    /** The award code; also the name of the parameter holding its amount. */
    public String awardCode() {
        return awardCode;
    }
}
