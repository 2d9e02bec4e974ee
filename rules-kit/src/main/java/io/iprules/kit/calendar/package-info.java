/**
 * China's working-day calendar (工作日历), policy-neutral: a day is a working day iff it is Monday to Friday and
 * no State Council notice rests it, or a notice makes it a make-up working day (调休上班). The days come from the
 * State Council's notices (国务院办公厅关于Y年部分节假日安排的通知, and special ones such as 国发明电〔2015〕1号),
 * bundled one file per year under {@code cn/} and extended by a deployment's own year files without a rebuild.
 *
 * <p>A date no loaded notice covers has no answer here: {@link io.iprules.kit.calendar.DayKind#UNKNOWN}, never a
 * Monday-to-Friday guess. {@link io.iprules.kit.calendar.WorkingDayDeadline} counts a deadline of n working days
 * on it.
 *
 * <p>The bundled data is derived from the holiday-cn data set (MIT licence, Copyright (c) 2019 NateScarlet; the
 * notice is kept beside the files as {@code cn/LICENSE-holiday-cn.txt}).
 */
package io.iprules.kit.calendar;
