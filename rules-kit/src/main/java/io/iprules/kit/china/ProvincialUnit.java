package io.iprules.kit.china;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of China's 34 provincial-level administrative units (省级行政区: 省、自治区、直辖市、特别行政区) as GB/T 2260
 * 《中华人民共和国行政区划代码》 lists them: its code ({@code 330000}), its full name (浙江省) and its short name, the full
 * name without its suffix (浙江; not the one-character abbreviation 浙), and its one-character abbreviations (浙; 川
 * or 蜀), which are no name: {@link #named} does not read them, {@link #abbreviatedAs} does.
 *
 * <p>The table is data with its source, {@code io/iprules/kit/china/provinces.json} in this jar, read once. It gives
 * names only: how a policy reads a name (a short name taken for its unit, spaces around a name ignored, a name outside
 * the table compared as written) is the policy module's. A module that decides with the table names this class in
 * {@link io.iprules.spi.PolicyModule#sharedMaterial()}, so that its receipts' rules digest covers the table.
 *
 * <p>Immutable; the lookups are thread-safe.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ProvincialUnit {
    private final String code;
    private final String fullName;
    private final String shortName;
    private final List<String> abbreviations;

    ProvincialUnit(String code, String fullName, String shortName, List<String> abbreviations) {
        this.code = Objects.requireNonNull(code, "code");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.abbreviations = List.copyOf(abbreviations);
    }

    /** The 34 units in the order of their GB/T 2260 codes (北京市 110000 first, 澳门特别行政区 820000 last). */
    public static List<ProvincialUnit> all() {
        return ProvincialUnitTable.CHINA.units();
    }

    /**
     * The unit whose full or short name {@code name} is, exactly as written (浙江省 or 浙江 → 浙江省); empty for any
     * other name (浙, Zhejiang, 宁波市, a name with spaces around it) or {@code null}.
     */
    public static Optional<ProvincialUnit> named(String name) {
        return Optional.ofNullable(ProvincialUnitTable.CHINA.named(name));
    }

    /**
     * The unit {@code abbreviation} is a one-character abbreviation of, exactly as written (浙 → 浙江省, 蜀 → 四川省,
     * 蒙 → 内蒙古自治区); empty for any other text, a name included (浙江), or {@code null}. A module decides what a
     * request writing one gets: one character may be shorthand for the unit or a name cut short, so the table does not
     * take it for a name.
     */
    public static Optional<ProvincialUnit> abbreviatedAs(String abbreviation) {
        return Optional.ofNullable(ProvincialUnitTable.CHINA.abbreviated(abbreviation));
    }

    /** The unit whose full name {@code name} is, exactly as written (浙江省); empty for a short name (浙江) or any other. */
    public static Optional<ProvincialUnit> withFullName(String name) {
        ProvincialUnit u = ProvincialUnitTable.CHINA.named(name);
        return u != null && u.fullName.equals(name) ? Optional.of(u) : Optional.empty();
    }

    /** The six-digit code of GB/T 2260 ({@code 330000} for 浙江省). */
    public String code() {
        return code;
    }

    /** The full name, as GB/T 2260 writes it (浙江省, 内蒙古自治区, 北京市, 香港特别行政区). */
    public String fullName() {
        return fullName;
    }

    /** The full name without its suffix (浙江, 内蒙古, 北京, 香港). */
    public String shortName() {
        return shortName;
    }

    /**
     * The one-character abbreviations, as the central government's list of administrative divisions gives them (浙;
     * 川 and 蜀 for 四川省), but for 内蒙古自治区, whose listed abbreviation is 内蒙古: its one character is 蒙, as on its
     * vehicle plates (the table's {@code source} says so).
     */
    public List<String> abbreviations() {
        return abbreviations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvincialUnit u && code.equals(u.code) && fullName.equals(u.fullName)
                && shortName.equals(u.shortName) && abbreviations.equals(u.abbreviations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, fullName, shortName, abbreviations);
    }

    /** The full name. */
    @Override
    public String toString() {
        return fullName;
    }
}
