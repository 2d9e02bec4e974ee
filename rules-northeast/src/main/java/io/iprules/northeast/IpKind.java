package io.iprules.northeast;

/**
 * The kinds of IP of §2(2) “专利、商标、版权等各类知识产权”: 等 closes the list, so only the three named kinds are
 * assessed. What is counted for each is a reading of the module ({@code readings.json}).
 */
public enum IpKind {
    /** 专利: valid patents of the three kinds held by domestic holders at year end (国内有效专利). */
    PATENT,
    /** 商标: valid registered trademarks at year end (有效注册商标). */
    TRADEMARK,
    /**
     * 版权: copyright registrations in the year (作品登记 + 计算机软件著作权登记); copyright has no register of holdings,
     * so the year's registrations stand for them.
     */
    COPYRIGHT
}
