package io.iprules.pilotcity;

/**
 * The city's own application to its province (推进工程申报申请, §2(2) 申报试点城市的知识产权局和中小企业主管部门联合向
 * 省(区、市)知识产权局、中小企业主管部门提出推进工程申报申请): which of the city's two authorities joined it.
 *
 * @param ipOffice     the city's IP office (知识产权局) applies
 * @param smeAuthority the city's SME authority (中小企业主管部门) applies
 */
public record JointApplication(Boolean ipOffice, Boolean smeAuthority) {
}
