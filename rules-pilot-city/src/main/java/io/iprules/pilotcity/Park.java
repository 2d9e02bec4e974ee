package io.iprules.pilotcity;

/**
 * An SME-cluster park of the application (中小企业集聚的园区, §1(2)2), as filled in the second part of the
 * application form, one per park. Every field is required; wrapper types let validation see a missing value.
 *
 * @param name                the park's name; names the park in the result
 * @param smeCluster          a park where SMEs with a distinctive industry, strong innovation and clear advantages
 *                            are relatively concentrated (产业特色明显、创新能力强、优势突出的中小企业相对集聚)
 * @param ipPromotionPolicies the park has good IP promotion policies (良好的知识产权促进政策)
 * @param ipTalent            the park has some IP talent and resources (一定的知识产权人才与资源优势)
 * @param ipDepartment        the park has an IP management department (设有知识产权管理部门)
 * @param fullTimeIpStaff     full-time IP staff of the park (配备专职工作人员), {@code >= 0}
 * @param inventionPatents    invention patents owned in the park (发明专利拥有量), {@code >= 0}
 * @param population          the park's population, the base of the per-10,000 density (每万人口), {@code > 0}
 */
public record Park(String name, Boolean smeCluster, Boolean ipPromotionPolicies, Boolean ipTalent,
                   Boolean ipDepartment, Integer fullTimeIpStaff, Integer inventionPatents, Integer population) {

    /** A builder with named arguments, each checked as it is given (for {@code CityApplicant.Builder#park}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Park} argument by argument: a blank name, a negative count or a population that is not positive
     * is an {@link IllegalArgumentException} naming it. {@link #build()} requires every answer: the name, the three
     * descriptive conditions of §1(2)2, the IP department and the three figures. A condition not answered is not
     * taken as met (nor as not met): each must be stated, as in a JSON request.
     */
    public static final class Builder {
        private String name;
        private Boolean smeCluster;
        private Boolean ipPromotionPolicies;
        private Boolean ipTalent;
        private Boolean ipDepartment;
        private Integer fullTimeIpStaff;
        private Integer inventionPatents;
        private Integer population;

        private Builder() {
        }

        /** The park's name. */
        public Builder name(String value) {
            name = io.iprules.kit.Arguments.text("name", value);
            return this;
        }

        /** SMEs with a distinctive industry, strong innovation and clear advantages are concentrated there. */
        public Builder smeCluster(boolean value) {
            smeCluster = value;
            return this;
        }

        /** It has good IP promotion policies. */
        public Builder ipPromotionPolicies(boolean value) {
            ipPromotionPolicies = value;
            return this;
        }

        /** It has some IP talent and resources. */
        public Builder ipTalent(boolean value) {
            ipTalent = value;
            return this;
        }

        /** It has an IP management department. */
        public Builder ipDepartment(boolean value) {
            ipDepartment = value;
            return this;
        }

        /** Its full-time IP staff (专职工作人员), {@code >= 0}. */
        public Builder fullTimeIpStaff(int value) {
            fullTimeIpStaff = io.iprules.kit.Arguments.nonNegative("fullTimeIpStaff", value);
            return this;
        }

        /** The invention patents owned in the park (发明专利拥有量), {@code >= 0}. */
        public Builder inventionPatents(int value) {
            inventionPatents = io.iprules.kit.Arguments.nonNegative("inventionPatents", value);
            return this;
        }

        /** The park's population, the base of the per-10,000 density, {@code > 0}. */
        public Builder population(int value) {
            population = io.iprules.kit.Arguments.positive("population", value);
            return this;
        }

        /** The park. */
        public Park build() {
            io.iprules.kit.Arguments.complete("park", "name", name, "smeCluster", smeCluster,
                    "ipPromotionPolicies", ipPromotionPolicies, "ipTalent", ipTalent, "ipDepartment", ipDepartment,
                    "fullTimeIpStaff", fullTimeIpStaff, "inventionPatents", inventionPatents, "population", population);
            return new Park(name, smeCluster, ipPromotionPolicies, ipTalent, ipDepartment, fullTimeIpStaff,
                    inventionPatents, population);
        }
    }
}
