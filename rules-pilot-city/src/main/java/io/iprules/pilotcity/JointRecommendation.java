package io.iprules.pilotcity;

import java.time.LocalDate;

/**
 * The province's recommendation of a city (推荐函, §2(2)): which of the province's two authorities joined it, and the
 * date of the letter.
 *
 * @param ipOffice     the province's IP office (省(区、市)知识产权局) recommends the city
 * @param smeAuthority the province's SME authority (中小企业主管部门) recommends the city
 * @param date         the date of the joint letter; required when either authority recommends, may be absent while
 *                     neither has (the application has not been recommended yet)
 */
public record JointRecommendation(Boolean ipOffice, Boolean smeAuthority, LocalDate date) {
}
