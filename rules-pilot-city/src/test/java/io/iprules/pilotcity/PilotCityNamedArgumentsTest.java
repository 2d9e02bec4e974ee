package io.iprules.pilotcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The builder's named-argument forms: the same facts as the records, each argument checked as it is given. */
class PilotCityNamedArgumentsTest {

    @Test
    void namedArgumentsBuildTheSameFactsAsTheRecords() {
        CityApplicant c = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY)
                .ipOnAgenda(true).coordinationMechanism(true).smeServiceSystem(false).leadershipMechanism(true)
                .fiscalSupport(true)
                .park(p -> p.name("湖州经济技术开发区").smeCluster(true).ipPromotionPolicies(true).ipTalent(true)
                        .ipDepartment(true).fullTimeIpStaff(3).inventionPatents(4840).population(1_000_000))
                .park(p -> p.name("湖州莫干山高新区").smeCluster(true).ipPromotionPolicies(false).ipTalent(false)
                        .ipDepartment(true).fullTimeIpStaff(0).inventionPatents(0).population(50_000))
                .build();
        assertThat(c.parks()).containsExactly(
                new Park("湖州经济技术开发区", true, true, true, true, 3, 4840, 1_000_000),
                new Park("湖州莫干山高新区", true, false, false, true, 0, 0, 50_000));
        assertThat(c.ipOnAgenda()).isTrue();
        assertThat(c.smeServiceSystem()).isFalse();
        assertThat(c.fiscalSupport()).isTrue();
        // named, the arguments may come in any order
        assertThat(Park.builder().population(50_000).inventionPatents(0).fullTimeIpStaff(0).ipDepartment(true)
                .ipTalent(false).ipPromotionPolicies(false).smeCluster(true).name("湖州莫干山高新区").build())
                .isEqualTo(c.parks().get(1));
    }

    @Test
    void aBlankOrNegativeArgumentFailsWhereItIsGivenNamingIt() {
        CityApplicant.Builder b = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY);
        assertThatThrownBy(() -> b.park(p -> p.name(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: must not be blank");
        assertThatThrownBy(() -> b.park(p -> p.fullTimeIpStaff(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fullTimeIpStaff: must not be negative, but is -1");
        assertThatThrownBy(() -> b.park(p -> p.population(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population: must be positive, but is 0");
        assertThatThrownBy(() -> b.park(p -> p.name("甲园区").smeCluster(true).ipPromotionPolicies(true).ipTalent(true)
                .ipDepartment(true).population(10))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("park: fullTimeIpStaff, inventionPatents not given");
        assertThat(b.build().parks()).isEmpty();
    }

    /** §1(2)2 设有知识产权管理部门 and the three descriptive conditions are facts to state: none is taken as met. */
    @Test
    void aParkConditionNotAnsweredIsNotTakenAsMet() {
        CityApplicant.Builder b = CityApplicant.builder("湖州市", "浙江省", ApplicantType.PREFECTURE_LEVEL_CITY);
        assertThatThrownBy(() -> b.park(p -> p.name("甲园区").fullTimeIpStaff(1).inventionPatents(4840)
                .population(1_000_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("park: smeCluster, ipPromotionPolicies, ipTalent, ipDepartment not given");
        assertThatThrownBy(() -> b.park(p -> p.name("甲园区").smeCluster(true).ipPromotionPolicies(true).ipTalent(true)
                .fullTimeIpStaff(1).inventionPatents(4840).population(1_000_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("park: ipDepartment not given");
        assertThat(b.build().parks()).isEmpty();
    }
}
