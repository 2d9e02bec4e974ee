package io.iprules.kit.china;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table of {@link ProvincialUnit}s read from {@code provinces.json} (GB/T 2260), checked as it is read: a note in
 * zh and en, a source, 34 units in ascending order of their codes, each short name its full name without one of the
 * suffixes the note lists, each with one or two one-character abbreviations (浙; 川 or 蜀), no name or abbreviation
 * twice.
 */
final class ProvincialUnitTable {
    /** The bundled file, beside this class. */
    static final String FILE = "provinces.json";
    /** GB/T 2260 lists 34 provincial-level units. */
    static final int UNITS = 34;
    /** The suffixes a full name loses to become its short name, the longer first. */
    static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市");
    /** A provincial-level code: two digits for the unit, then 0000. */
    private static final Pattern CODE = Pattern.compile("[1-9][0-9]0000");

    private record Note(String zh, String en) {
    }

    private record Unit(String code, String fullName, String shortName, List<String> abbreviations) {
    }

    private record File(Note note, String source, List<Unit> units) {
    }

    /** The bundled table. */
    static final ProvincialUnitTable CHINA = bundled();

    private final List<ProvincialUnit> units;
    /** Each full and each short name to its unit. */
    private final Map<String, ProvincialUnit> byName;
    /** Each one-character abbreviation to its unit. */
    private final Map<String, ProvincialUnit> byAbbreviation;

    private ProvincialUnitTable(List<ProvincialUnit> units, Map<String, ProvincialUnit> byName,
                                Map<String, ProvincialUnit> byAbbreviation) {
        this.units = units;
        this.byName = byName;
        this.byAbbreviation = byAbbreviation;
    }

    List<ProvincialUnit> units() {
        return units;
    }

    /** The unit {@code name} is the full or short name of, exactly, or {@code null}. */
    ProvincialUnit named(String name) {
        return name == null ? null : byName.get(name);
    }

    /** The unit {@code abbreviation} is a one-character abbreviation of, exactly, or {@code null}. */
    ProvincialUnit abbreviated(String abbreviation) {
        return abbreviation == null ? null : byAbbreviation.get(abbreviation);
    }

    private static ProvincialUnitTable bundled() {
        String where = ProvincialUnitTable.class.getPackageName().replace('.', '/') + "/" + FILE;
        try (InputStream in = ProvincialUnitTable.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(where + ": 文件缺失 / is missing");
            }
            return read(in, where);
        } catch (IOException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a table.
     *
     * @param where the file's name, for the messages
     * @throws IllegalStateException naming {@code where} and what is wrong, in zh and en (JSON the reader cannot
     *                               bind, such as an unknown field, as the reader words it)
     */
    static ProvincialUnitTable read(InputStream in, String where) {
        File f;
        try {
            f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        if (f == null || f.note() == null || blank(f.note().zh()) || blank(f.note().en()) || blank(f.source())) {
            throw wrong(where, "须有 note (zh 和 en) 和 source", "needs a note (zh and en) and a source");
        }
        if (f.units() == null || f.units().size() != UNITS) {
            int n = f.units() == null ? 0 : f.units().size();
            throw wrong(where, "units 须列出 " + UNITS + " 个省级行政区,而不是 " + n + " 个",
                    "units must list the " + UNITS + " provincial-level units, not " + n);
        }
        List<ProvincialUnit> units = new ArrayList<>(UNITS);
        Map<String, ProvincialUnit> byName = new HashMap<>();
        Map<String, ProvincialUnit> byAbbreviation = new HashMap<>();
        String previous = "";
        for (int i = 0; i < UNITS; i++) {
            Unit u = f.units().get(i);
            String at = "units[" + i + "]";
            if (u == null || u.code() == null || !CODE.matcher(u.code()).matches()) {
                throw wrong(where, at + ".code 须为 GB/T 2260 的省级代码 (如 330000)",
                        at + ".code must be a provincial-level code of GB/T 2260 (such as 330000)");
            }
            if (u.code().compareTo(previous) <= 0) {
                throw wrong(where, at + ".code " + u.code() + " 须大于前一个 " + previous + ":按代码顺序列出",
                        at + ".code " + u.code() + " must be above the one before, " + previous
                                + ": the units are listed in the order of their codes");
            }
            previous = u.code();
            if (!name(u.fullName()) || !name(u.shortName()) || !isShortNameOf(u.shortName(), u.fullName())) {
                throw wrong(where, at + ": shortName 须为 fullName 去掉后缀 " + String.join("、", SUFFIXES) + " 之一",
                        at + ": shortName must be fullName without one of the suffixes " + String.join(", ", SUFFIXES));
            }
            if (u.abbreviations() == null || u.abbreviations().isEmpty() || u.abbreviations().size() > 2
                    || !u.abbreviations().stream().allMatch(ProvincialUnitTable::oneIdeograph)) {
                throw wrong(where, at + ": abbreviations 须列出一个或两个单字简称 (如 [\"浙\"]、[\"川\", \"蜀\"])",
                        at + ": abbreviations must list one or two one-character abbreviations (such as [\"浙\"], "
                                + "[\"川\", \"蜀\"])");
            }
            ProvincialUnit unit = new ProvincialUnit(u.code(), u.fullName(), u.shortName(), u.abbreviations());
            for (String name : List.of(u.fullName(), u.shortName())) {
                if (byName.putIfAbsent(name, unit) != null) {
                    throw wrong(where, at + ": 名称“" + name + "”已用于另一个单位",
                            at + ": the name '" + name + "' is another unit's too");
                }
            }
            for (String a : u.abbreviations()) {
                if (byAbbreviation.putIfAbsent(a, unit) != null) {
                    throw wrong(where, at + ": 单字简称“" + a + "”已用于另一个单位",
                            at + ": the abbreviation '" + a + "' is another unit's too");
                }
            }
            units.add(unit);
        }
        return new ProvincialUnitTable(List.copyOf(units), Map.copyOf(byName), Map.copyOf(byAbbreviation));
    }

    /** One CJK unified ideograph (U+4E00–U+9FFF): a one-character abbreviation as the list writes it. */
    private static boolean oneIdeograph(String s) {
        return s != null && s.length() == 1 && s.charAt(0) >= '\u4e00' && s.charAt(0) <= '\u9fff';
    }

    private static boolean isShortNameOf(String shortName, String fullName) {
        return SUFFIXES.stream().anyMatch(s -> fullName.equals(shortName + s));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A name: given, not blank, no space around it. */
    private static boolean name(String s) {
        return !blank(s) && s.equals(s.strip());
    }

    private static IllegalStateException wrong(String where, String zh, String en) {
        return new IllegalStateException(where + ": " + zh + " / " + en);
    }
}
