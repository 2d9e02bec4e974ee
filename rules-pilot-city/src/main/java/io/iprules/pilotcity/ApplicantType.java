package io.iprules.pilotcity;

/**
 * What kind of place applies (申报对象, §1(1)). The text admits 副省级城市, 地级城市(州、盟), 县级城市 and the 市辖区 of a
 * 直辖市 or of a 计划单列市; the other kinds are listed so that a province, a county or a district of an ordinary
 * prefecture-level city is evaluated, and found not to be an eligible applicant, rather than refused as input.
 */
public enum ApplicantType {
    /** 副省级城市. */
    SUB_PROVINCIAL_CITY(true),
    /** 地级城市. */
    PREFECTURE_LEVEL_CITY(true),
    /** 州 (自治州), a prefecture-level unit: 地级城市(州、盟). */
    AUTONOMOUS_PREFECTURE(true),
    /** 盟, a prefecture-level unit of Inner Mongolia: 地级城市(州、盟). */
    LEAGUE(true),
    /** 县级城市 (县级市). */
    COUNTY_LEVEL_CITY(true),
    /** 直辖市的市辖区. */
    MUNICIPALITY_DISTRICT(true),
    /** 计划单列市的市辖区; does not take a place of its province's quota (§2(2)). */
    SEPARATELY_PLANNED_CITY_DISTRICT(true),
    /**
     * 地级市或副省级城市的市辖区(计划单列市的除外), such as 杭州市西湖区: not an applicant under §1(1), which names only
     * the 市辖区 of a 直辖市 or of a 计划单列市.
     */
    PREFECTURE_CITY_DISTRICT(false),
    /**
     * 县, and the 旗 (banner, 自治旗 autonomous banner) of Inner Mongolia, the 特区 (六枝特区) and the 林区 (神农架林区),
     * county-level units of a county's rank: not a city, not an applicant under §1(1).
     */
    COUNTY(false),
    /** 省、自治区、直辖市: the level that recommends, not an applicant under §1(1). */
    PROVINCE(false);

    private final boolean eligible;

    ApplicantType(boolean eligible) {
        this.eligible = eligible;
    }

    /** Whether §1(1) names this kind of place as an applicant (申报对象). */
    public boolean isEligible() {
        return eligible;
    }

    /** Whether it takes a place of its province's quota of 1 to 2 cities (§2(2): 计划单列市的市辖区不占所在省的申报名额). */
    public boolean takesProvincePlace() {
        return this != SEPARATELY_PLANNED_CITY_DISTRICT;
    }
}
