package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the two kinds of district that §1(1) admits can be, from {@code district_places.json}: a 直辖市的市辖区 in one
 * of the 直辖市, a 计划单列市的市辖区 in the province of a 计划单列市. Read once; the names are data, not Java.
 *
 * @param municipalities          each 直辖市's names, the full name first
 * @param separatelyPlannedCities each 计划单列市 with its province's names, the full name first
 */
record DistrictPlaces(List<List<String>> municipalities, List<SeparatelyPlannedCity> separatelyPlannedCities) {

    /** A 计划单列市 and the names of its province. */
    record SeparatelyPlannedCity(String city, List<String> province) {
    }

    private record File(String note, String citation, List<List<String>> municipalities,
            List<SeparatelyPlannedCity> separatelyPlannedCities) {
    }

    static final DistrictPlaces OF_CHINA = read();

    private static DistrictPlaces read() {
        try (InputStream in = DistrictPlaces.class.getResourceAsStream("district_places.json")) {
            if (in == null) {
                throw new IllegalStateException(DistrictPlaces.class.getPackageName() + "/district_places.json is missing");
            }
            File f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build().readValue(in, File.class);
            if (f.municipalities() == null || f.municipalities().isEmpty() || f.separatelyPlannedCities() == null
                    || f.separatelyPlannedCities().isEmpty()
                    || f.municipalities().stream().anyMatch(n -> n == null || n.isEmpty())
                    || f.separatelyPlannedCities().stream().anyMatch(c -> c.city() == null || c.province() == null
                    || c.province().isEmpty())) {
                throw new IllegalStateException("district_places.json: every place needs its names");
            }
            return new DistrictPlaces(List.copyOf(f.municipalities()), List.copyOf(f.separatelyPlannedCities()));
        } catch (IOException e) {
            throw new IllegalStateException("district_places.json: " + e.getMessage(), e);
        }
    }

    /** Whether {@code province}, as written (spaces around it aside), names a 直辖市. */
    boolean isMunicipality(String province) {
        String p = province.strip();
        return municipalities.stream().anyMatch(names -> names.contains(p));
    }

    /** Whether {@code province}, as written (spaces around it aside), names the province of a 计划单列市. */
    boolean hasSeparatelyPlannedCity(String province) {
        String p = province.strip();
        return separatelyPlannedCities.stream().anyMatch(c -> c.province().contains(p));
    }

    /** The 直辖市 by their full names, joined by {@code separator}. */
    String municipalityNames(String separator) {
        return municipalities.stream().map(names -> names.get(0)).collect(Collectors.joining(separator));
    }

    /** The 计划单列市 as {@code 大连市(辽宁省)}, joined by {@code separator}. */
    String separatelyPlannedCityNames(String separator, String open, String close) {
        return separatelyPlannedCities.stream().map(c -> c.city() + open + c.province().get(0) + close)
                .collect(Collectors.joining(separator));
    }
}
