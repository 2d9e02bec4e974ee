package io.iprules.beijing;

/** What secures a pledge loan (知识产权质押, beijing-2012 §3(1)). */
public enum Pledge {
    /** 专利权. */
    PATENT,
    /** 商标专用权. */
    TRADEMARK,
    /** 著作权. */
    COPYRIGHT
}
