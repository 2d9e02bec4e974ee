package io.iprules.beijing;

/**
 * An industry an enterprise declares (beijing-2012 §1(1)): one of the eight 战略性新兴产业 the text lists, or
 * {@link #OTHER}. The text has no catalogue; the applicant declares, several allowed.
 */
public enum Industry {
    /** 新一代信息技术. */
    NEXT_GENERATION_IT(true),
    /** 生物. */
    BIOLOGY(true),
    /** 节能环保. */
    ENERGY_SAVING_ENVIRONMENTAL(true),
    /** 新材料. */
    NEW_MATERIALS(true),
    /** 新能源汽车. */
    NEW_ENERGY_VEHICLES(true),
    /** 新能源. */
    NEW_ENERGY(true),
    /** 航空航天. */
    AEROSPACE(true),
    /** 高端装备制造. */
    HIGH_END_EQUIPMENT(true),
    /** Another industry: outside the list, which 等 closes. */
    OTHER(false);

    private final boolean strategicEmerging;

    Industry(boolean strategicEmerging) {
        this.strategicEmerging = strategicEmerging;
    }

    /** Whether §1(1) lists it among the eight strategic emerging industries (战略性新兴产业). */
    public boolean isStrategicEmerging() {
        return strategicEmerging;
    }
}
