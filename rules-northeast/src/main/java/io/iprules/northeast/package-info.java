/**
 * northeast-2017: 九部门《关于支持东北老工业基地全面振兴 深入实施东北地区知识产权战略的若干意见》(2017-02-27). An
 * assessment, not a subsidy: §2(2) “专利、商标、版权等各类知识产权年均增长率、人均拥有量高于全国平均水平” as six
 * indicators for the Northeast (内蒙古自治区, 辽宁省, 吉林省, 黑龙江省) or one of its provinces, decided exactly by
 * {@link io.iprules.northeast.rules.ExactComparison}, and the measures of §4–§6 addressed to the unit
 * ({@link io.iprules.northeast.rules.Measures}), reported, not decided. Callers use {@link io.iprules.RulesEngine}
 * with a {@link io.iprules.northeast.NortheastRegion} ({@link io.iprules.northeast.Northeast2017#APPLICANT}).
 */
package io.iprules.northeast;
