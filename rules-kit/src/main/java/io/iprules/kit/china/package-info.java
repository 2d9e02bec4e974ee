/**
 * China-specific values a policy reads, policy-neutral, each from the standard that defines it:
 * {@link io.iprules.kit.china.CreditCode}, the 统一社会信用代码 of GB 32100-2015,
 * {@link io.iprules.kit.china.ProvincialUnit}, the 34 省级行政区 of GB/T 2260 with their full and short names
 * ({@code provinces.json} beside these classes, with its source), and {@link io.iprules.kit.china.PatentNumbers},
 * the 专利号 and 申请号 of the national IP office as requests write them.
 */
package io.iprules.kit.china;
