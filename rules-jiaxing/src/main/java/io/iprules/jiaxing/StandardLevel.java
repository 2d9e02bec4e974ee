package io.iprules.jiaxing;

/** The level of a published standard (§6(5)6). */
public enum StandardLevel {
    /** 国际标准. */
    INTERNATIONAL,
    /** 国家标准. */
    NATIONAL,
    /** 行业标准: one tier with local standards in the text, "行业(或地方)标准". */
    INDUSTRY,
    /** 地方标准: one tier with industry standards in the text. */
    LOCAL
}
