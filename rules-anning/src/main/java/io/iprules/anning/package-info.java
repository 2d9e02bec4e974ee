/**
 * anning-2022: 安宁市国家知识产权强县建设试点县工作方案(2022—2025年). A county assessment, not a subsidy: every
 * target of the plan (§3(2), §4, §6(3)) is an indicator, and the result states the phase of the plan (§5) on the
 * as-of date. Callers use {@link io.iprules.RulesEngine} with an {@link io.iprules.anning.AnningCounty}.
 */
package io.iprules.anning;
