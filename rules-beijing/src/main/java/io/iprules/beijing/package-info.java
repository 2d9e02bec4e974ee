/**
 * beijing-2012: 北京市《关于加强知识产权工作推动战略性新兴产业发展的实施意见》(forwarded 2012-12-14). For an
 * enterprise: the scope of the eight strategic emerging industries (§1(1)), the green channel's certificates as
 * deadlines of 5 working days on China's official working-day calendar (§2(4)), and Zhongguancun pledge-loan
 * interest with an open rate (§3(1)); for the city: the three 2015 targets as indicators (§1(2)). Callers use
 * {@link io.iprules.RulesEngine} with a {@link io.iprules.beijing.BeijingEnterprise} or a
 * {@link io.iprules.beijing.BeijingCity}.
 */
package io.iprules.beijing;
