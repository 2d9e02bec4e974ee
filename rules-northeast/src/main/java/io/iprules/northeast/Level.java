package io.iprules.northeast;

/**
 * The unit assessed under northeast-2017 §2(2) (the request's {@code level}).
 */
public enum Level {
    /**
     * 东北老工业基地 / 东北地区 as a whole, the subject of §2(2) (知识产权支撑东北老工业基地振兴作用凸显): the figures are
     * the sums over the four provinces of the scope (内蒙古自治区, 辽宁省, 吉林省, 黑龙江省). No {@code province} is
     * given.
     */
    NORTHEAST,
    /**
     * One province (省, 自治区), the same test for it alone: a breakdown of the Northeast's goal, not a separate
     * obligation. The {@code province} is required.
     */
    PROVINCE
}
