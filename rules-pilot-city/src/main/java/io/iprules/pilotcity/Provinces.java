package io.iprules.pilotcity;

import io.iprules.kit.china.ProvincialUnit;

/**
 * How pilot-city-2017 reads a province as a request writes it, over the kit's table of China's 34 provincial-level
 * units ({@link ProvincialUnit}, {@code provinces.json} of GB/T 2260 in rules-kit): 浙江省 and 浙江 name the same
 * province, so a city of a province's set may write its province either way (§2(2): a province recommends its own
 * cities); spaces around a name are no part of it; a name outside the table (浙, Zhejiang, a 计划单列市) is compared as
 * written. The table is covered by the module's rules digest ({@link PilotCity2017#sharedMaterial()}).
 */
final class Provinces {

    private Provinces() {
    }

    /**
     * The unit's full name when {@code name} (spaces around it aside) is a full or short name of the table, else
     * {@code name} as written, spaces around it aside.
     */
    static String fullName(String name) {
        String n = name.strip();
        return ProvincialUnit.named(n).map(ProvincialUnit::fullName).orElse(n);
    }

    /** Whether {@code name} is, exactly, the full name of one of the table's units. */
    static boolean isFullName(String name) {
        return ProvincialUnit.withFullName(name).isPresent();
    }

    /** Whether {@code name} (spaces around it aside) is a full or short name of one of the table's units. */
    static boolean known(String name) {
        return ProvincialUnit.named(name.strip()).isPresent();
    }

    /** Whether {@code a} and {@code b} name the same provincial-level unit: 浙江省 and 浙江, or the same words. */
    static boolean same(String a, String b) {
        return fullName(a).equals(fullName(b));
    }
}
