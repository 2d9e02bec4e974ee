package io.iprules.jiaxing;

/** The field of a patent: one of Jiaxing's six strategic emerging industries (§2(2)), or another. */
public enum IndustryField {
    /** 新能源. */
    NEW_ENERGY(true),
    /** 新材料. */
    NEW_MATERIALS(true),
    /** 物联网. */
    IOT(true),
    /** 节能环保. */
    ENERGY_SAVING_ENVIRONMENTAL(true),
    /** 生物. */
    BIOLOGY(true),
    /** 核电关联产业. */
    NUCLEAR_RELATED(true),
    /** Any other field. */
    OTHER(false);

    private final boolean strategicEmerging;

    IndustryField(boolean strategicEmerging) {
        this.strategicEmerging = strategicEmerging;
    }

    /** Whether it is one of the six 战略性新兴产业 of §2(2). */
    public boolean isStrategicEmerging() {
        return strategicEmerging;
    }
}
