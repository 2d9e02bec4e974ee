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
}
