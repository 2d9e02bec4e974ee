package io.iprules.jiaxing;

/** The three kinds of Chinese patent. */
public enum PatentKind {
    /** 发明专利. */
    INVENTION,
    /** 实用新型专利. */
    UTILITY_MODEL,
    /** 外观设计专利. */
    DESIGN
}
