package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the two kinds of district that §1(1) admits can be, from {@code district_places.json}: a 直辖市的市辖区 in one
 * of the 直辖市, a 计划单列市的市辖区 in the province of a 计划单列市. Read once; the names are data, not Java. Each is a
 * full name of the kit's table of provincial-level units ({@link io.iprules.kit.china.ProvincialUnit}), read through
 * {@link Provinces}, which also knows its short name (北京 for 北京市).
 *
 * @param municipalities          each 直辖市 by its full name
 * @param separatelyPlannedCities each 计划单列市 with its province's full name
 */
record DistrictPlaces(List<String> municipalities, List<SeparatelyPlannedCity> separatelyPlannedCities) {

    /** A 计划单列市 and the full name of its province. */
    record SeparatelyPlannedCity(String city, String province) {
        /** Its name without 市 (大连 for 大连市), as a request may write it. */
        String shortName() {
            return city.substring(0, shortLength());
        }

        /**
         * The length of {@link #shortName}, which the tests below compare in place: a copy per call had been a
         * fiftieth of pilot-city's bytes per decision.
         */
        private int shortLength() {
            return city.endsWith("市") ? city.length() - 1 : city.length();
        }

        /** Whether {@code name} is this city, in full or short (大连市, 大连). */
        boolean isNamed(String name) {
            return city.equals(name) || name.length() == shortLength() && city.startsWith(name);
        }

        /** Whether {@code name} begins with this city's name, in full or short (大连市甘井子区, 大连甘井子区). */
        boolean begins(String name) {
            return name.regionMatches(0, city, 0, shortLength());
        }

        /**
         * This city's name as {@code name}, which {@link #begins} with it, writes it: in full where it can be read so
         * (大连市甘井子区, and 青岛市南区 as 青岛市's 南区), else short (大连甘井子区).
         */
        String writtenAtStartOf(String name) {
            return name.startsWith(city) ? city : shortName();
        }
    }

    private record File(String note, String citation, List<String> municipalities,
            List<SeparatelyPlannedCity> separatelyPlannedCities) {
    }

    static final DistrictPlaces OF_CHINA = read();

    private static DistrictPlaces read() {
        try (InputStream in = DistrictPlaces.class.getResourceAsStream("district_places.json")) {
            if (in == null) {
                throw new IllegalStateException(DistrictPlaces.class.getPackageName() + "/district_places.json is "
                        + "missing");
            }
            File f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build().readValue(in, File.class);
            if (f.municipalities() == null || f.municipalities().isEmpty() || f.separatelyPlannedCities() == null
                    || f.separatelyPlannedCities().isEmpty()
                    || f.municipalities().stream().anyMatch(n -> n == null || !Provinces.isFullName(n))
                    || f.separatelyPlannedCities().stream().anyMatch(c -> c.city() == null || c.province() == null
                    || !Provinces.isFullName(c.province()))) {
                throw new IllegalStateException("district_places.json: every place needs its name, a province its full "
                        + "name as rules-kit's io/iprules/kit/china/provinces.json writes it");
            }
            return new DistrictPlaces(List.copyOf(f.municipalities()), List.copyOf(f.separatelyPlannedCities()));
        } catch (IOException e) {
            throw new IllegalStateException("district_places.json: " + e.getMessage(), e);
        }
    }

    /** Whether {@code province}, in full or short (spaces around it aside), names a 直辖市. */
    boolean isMunicipality(String province) {
        return municipalities.contains(Provinces.fullName(province));
    }

    /** Whether {@code province}, in full or short (spaces around it aside), names the province of a 计划单列市. */
    boolean hasSeparatelyPlannedCity(String province) {
        String p = Provinces.fullName(province);
        return separatelyPlannedCities.stream().anyMatch(c -> c.province().equals(p));
    }

    /** The 计划单列市 that {@code name} is, in full or short (宁波市, 宁波), if it is one. */
    Optional<SeparatelyPlannedCity> separatelyPlannedCityNamed(String name) {
        return separatelyPlannedCities.stream().filter(c -> c.isNamed(name)).findFirst();
    }

    /** The 计划单列市 {@code name} begins with, in full or short (no one's name begins another's). */
    Optional<SeparatelyPlannedCity> separatelyPlannedCityBeginning(String name) {
        return separatelyPlannedCities.stream().filter(c -> c.begins(name)).findFirst();
    }

    /** The 计划单列市 of {@code province}, in full or short (spaces around it aside). */
    List<SeparatelyPlannedCity> separatelyPlannedCitiesOf(String province) {
        String p = Provinces.fullName(province);
        return separatelyPlannedCities.stream().filter(c -> c.province().equals(p)).toList();
    }

    /** The 直辖市 by their full names, joined by {@code separator}. */
    String municipalityNames(String separator) {
        return String.join(separator, municipalities);
    }

    /** The 计划单列市 as {@code 大连市(辽宁省)}, joined by {@code separator}. */
    String separatelyPlannedCityNames(String separator, String open, String close) {
        return separatelyPlannedCities.stream().map(c -> c.city() + open + c.province() + close)
                .collect(Collectors.joining(separator));
    }
}
