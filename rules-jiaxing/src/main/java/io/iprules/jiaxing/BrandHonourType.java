package io.iprules.jiaxing;

/** The brand honours of §6(5)5. */
public enum BrandHonourType {
    /** 中国名牌. */
    CHINA_TOP_BRAND,
    /** 中国驰名商标. */
    CHINA_WELL_KNOWN_TRADEMARK,
    /** 浙江名牌. */
    ZHEJIANG_TOP_BRAND,
    /** 浙江省著名商标. */
    ZHEJIANG_FAMOUS_TRADEMARK
}
