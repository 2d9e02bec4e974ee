package io.iprules.pilotcity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A city applying to be an SME IP-strategy pilot city (申报城市), with its parks and its province's recommendation:
 * the {@code applicant} of a request, or one of the {@code cities} of a {@link ProvinceRecommendation}. Every field is
 * required (in a province's set, {@code province} may be left out and is then the set's); wrapper types let
 * validation see a missing value instead of a default.
 *
 * @param name                  the city's name; names it in the result
 * @param province              its province (省、自治区、直辖市)
 * @param type                  what kind of place it is (申报对象, §1(1))
 * @param ipOnAgenda            IP work is on the government's agenda (已将知识产权工作纳入政府重要议事日程, §1(2)1)
 * @param coordinationMechanism a coordination mechanism is set up (初步建立统筹协调机制)
 * @param smeServiceSystem      the SME public service system is relatively sound (中小企业公共服务体系相对健全)
 * @param leadershipMechanism   a leadership mechanism for the programme is set up (初步建立…推进工程实施的领导机制)
 * @param fiscalSupport         fiscal input and policy support for the programme (一定的财政投入和政策支持)
 * @param parks                 the SME-cluster parks of the application (§1(2)2; 2 to 3 of them, §2(2)); required
 * @param recommendation        the province's joint recommendation of this city (§2(2)); required
 * @param application           the city's own joint application to its province, by its IP office and its SME
 *                              authority (§2(2)); required
 */
public record CityApplicant(String name, String province, ApplicantType type, Boolean ipOnAgenda,
                            Boolean coordinationMechanism, Boolean smeServiceSystem, Boolean leadershipMechanism,
                            Boolean fiscalSupport, List<Park> parks, JointRecommendation recommendation,
                            JointApplication application) {

    /** Makes the park list unmodifiable ({@code null} stays, for validation to report; a {@code null} element too). */
    public CityApplicant {
        parks = parks == null ? null : Collections.unmodifiableList(new ArrayList<>(parks));
    }

    /** A builder, for Java callers. */
    public static Builder builder(String name, String province, ApplicantType type) {
        return new Builder(name, province, type);
    }

    /** Builds a {@link CityApplicant}; the city conditions start unset, as a missing answer is an input error. */
    public static final class Builder {
        private final String name;
        private final String province;
        private final ApplicantType type;
        private Boolean ipOnAgenda;
        private Boolean coordinationMechanism;
        private Boolean smeServiceSystem;
        private Boolean leadershipMechanism;
        private Boolean fiscalSupport;
        private final List<Park> parks = new ArrayList<>();
        private JointRecommendation recommendation;
        private JointApplication application;

        private Builder(String name, String province, ApplicantType type) {
            this.name = name;
            this.province = province;
            this.type = type;
        }

        /**
         * The five city conditions of §1(2)1, in the text's order (one setter each, {@link #ipOnAgenda(boolean)}…,
         * cannot be swapped).
         */
        public Builder cityConditions(boolean ipOnAgenda, boolean coordinationMechanism, boolean smeServiceSystem,
                                      boolean leadershipMechanism, boolean fiscalSupport) {
            this.ipOnAgenda = ipOnAgenda;
            this.coordinationMechanism = coordinationMechanism;
            this.smeServiceSystem = smeServiceSystem;
            this.leadershipMechanism = leadershipMechanism;
            this.fiscalSupport = fiscalSupport;
            return this;
        }

        /** Whether IP work is on the government's agenda (§1(2)1). */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder ipOnAgenda(boolean value) {
            this.ipOnAgenda = value;
            return this;
        }

        /** Whether a coordination mechanism is set up (§1(2)1). */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder coordinationMechanism(boolean value) {
            this.coordinationMechanism = value;
            return this;
        }

        /** Whether the SME public service system is relatively sound (§1(2)1). */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder smeServiceSystem(boolean value) {
            this.smeServiceSystem = value;
            return this;
        }

        /** Whether a leadership mechanism for the programme is set up (§1(2)1). */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder leadershipMechanism(boolean value) {
            this.leadershipMechanism = value;
            return this;
        }

        /** Whether there is fiscal input and policy support for the programme (§1(2)1). */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder fiscalSupport(boolean value) {
            this.fiscalSupport = value;
            return this;
        }

        /** Adds a park. */
        public Builder park(Park park) {
            parks.add(park);
            return this;
        }

        /**
         * Adds a park, its arguments named and checked as they are given: {@code .park(p -> p.name("湖州经济技术开发区")
         * .smeCluster(true).ipPromotionPolicies(true).ipTalent(true).ipDepartment(true)
         * .fullTimeIpStaff(3).inventionPatents(4840).population(1_000_000))} ({@link Park.Builder}; every answer is
         * required, the four conditions of §1(2)2 included).
         */
        @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
        public Builder park(java.util.function.Consumer<Park.Builder> park) {
            Park.Builder b = Park.builder();
            park.accept(b);
            return park(b.build());
        }

        /**
         * Adds a park that declares the three descriptive conditions of §1(2)2 (SME cluster, IP promotion policies,
         * IP talent) and has an IP department.
         *
         * @deprecated three counts in a row are easily swapped: use {@link #park(java.util.function.Consumer)}
         */
        @Deprecated(since = "0.2.0")
        public Builder park(String name, int fullTimeIpStaff, int inventionPatents, int population) {
            return park(new Park(name, true, true, true, true, fullTimeIpStaff, inventionPatents, population));
        }

        /** The province's recommendation. */
        public Builder recommendation(boolean ipOffice, boolean smeAuthority, LocalDate date) {
            this.recommendation = new JointRecommendation(ipOffice, smeAuthority, date);
            return this;
        }

        /** The city's own application: whether its IP office and its SME authority apply (jointly, when both). */
        public Builder application(boolean ipOffice, boolean smeAuthority) {
            this.application = new JointApplication(ipOffice, smeAuthority);
            return this;
        }

        /** The city. */
        public CityApplicant build() {
            return new CityApplicant(name, province, type, ipOnAgenda, coordinationMechanism, smeServiceSystem,
                    leadershipMechanism, fiscalSupport, parks, recommendation, application);
        }
    }
}
