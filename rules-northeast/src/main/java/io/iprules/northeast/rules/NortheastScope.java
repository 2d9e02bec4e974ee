package io.iprules.northeast.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iprules.kit.china.ProvincialUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scope of northeast-2017 (code {@code NE_SCOPE}): the provinces the notice is addressed to (主送; §7(1)
 * 东北地区四省区). Read from {@code scope.json}, so that the list is data with its source, not Java. The four are
 * named by the full names of China's provincial-level units (省级行政区) in the kit's table ({@link ProvincialUnit},
 * GB/T 2260), checked as the file is read; that table also gives the names a request may write
 * ({@link #isProvince}, {@link #provinceNamed}).
 *
 * @param code     the condition's code, {@code NE_SCOPE}
 * @param citation the clause, {@code northeast-2017 §7(1)}
 * @param scope    内蒙古自治区, 辽宁省, 吉林省, 黑龙江省, in the notice's order
 * @param regionNames the names of the four together, as the text writes them (东北地区, §7(1)'s 东北地区四省区, the
 *                 title's 东北老工业基地), as they are also called (东北三省一区, 东北四省区) and shortly (东北): a
 *                 request's name for the region, not for one province
 * @param partNames names of a part of the region that is no unit here: 东北三省 (three of the four, without Inner
 *                 Mongolia), 蒙东地区 (§5(1): five of Inner Mongolia's leagues and cities), and the city clusters and
 *                 areas the text names (长吉图经济区 or 长吉图, 哈大齐工业走廊 or 哈大齐, 辽西, …); a result headed by
 *                 one would be the four's, or one province's, figures under the name of a part
 * @param cityNames the cities and leagues below a province that the text names (沈阳市, 大连市, 丹东市, 长春市, 哈尔滨市;
 *                 §5(1)'s five of 蒙东地区, as measures.json lists them), by full name: a request's name is read as
 *                 one also without its 市 or 盟 (哈尔滨) and after its province (黑龙江哈尔滨). Not a list of China's
 *                 cities: a name ending in 市, 盟, 州, 县, 旗 or 区 is read as a place below a province by that alone
 * @param source   the words the scope is read from
 * @param note     the reading, {@code zh} and {@code en}
 */
public record NortheastScope(String code, String citation, List<String> scope, List<String> regionNames,
                             List<Part> partNames, List<String> cityNames, String source, Map<String, String> note) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** The module's file. */
    private static final String FILE = "io/iprules/northeast/scope.json";

    /**
     * Checks every part is given and the scope names each province by its full name in the kit's table.
     *
     * @throws IllegalArgumentException naming, in zh and en, a name of the scope that is not the full name of a
     *                                  provincial-level unit, and the full name when it is a short one
     */
    public NortheastScope {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        scope = List.copyOf(scope);
        regionNames = List.copyOf(regionNames);
        partNames = List.copyOf(partNames);
        cityNames = List.copyOf(cityNames);
        for (String city : cityNames) {
            if (city.length() < 3 || !(city.endsWith("市") || city.endsWith("盟"))
                    || ProvincialUnit.named(city).isPresent()) {
                throw new IllegalArgumentException("cityNames 中的“" + city + "”不是城市或盟的全称(以市或盟结尾,至少三个字)"
                        + " / '" + city + "' in cityNames is not the full name of a city or league (ending in 市 or 盟, "
                        + "three characters or more)");
            }
        }
        for (String name : scope) {
            if (ProvincialUnit.withFullName(name).isEmpty()) {
                Optional<ProvincialUnit> shortly = ProvincialUnit.named(name);
                throw new IllegalArgumentException("scope 中的“" + name + "”不是省级行政区的全称"
                        + shortly.map(u -> ",请写作“" + u.fullName() + "”").orElse("")
                        + " (GB/T 2260, rules-kit 的 io/iprules/kit/china/provinces.json) / '" + name
                        + "' in scope is not the full name of a provincial-level unit"
                        + shortly.map(u -> ": write '" + u.fullName() + "'").orElse("")
                        + " (GB/T 2260, rules-kit's io/iprules/kit/china/provinces.json)");
            }
        }
    }

    /** The module's {@code scope.json}. */
    public static NortheastScope load() {
        try (InputStream in = NortheastScope.class.getResourceAsStream("/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scope file.
     *
     * @param where the file's name, for the messages
     * @throws IllegalStateException naming {@code where} when the scope names a province otherwise than by a full
     *                               name of the kit's table (the constructor's message)
     * @throws IOException           when the file is not JSON of the fields above
     */
    static NortheastScope read(InputStream in, String where) throws IOException {
        try {
            return JSON.readValue(in, NortheastScope.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof IllegalArgumentException wrong) {
                throw new IllegalStateException(where + ": " + wrong.getMessage(), e);
            }
            throw e;
        }
    }

    /** Whether {@code province} (a full name) is one of the four. */
    public boolean covers(String province) {
        return scope.contains(province);
    }

    /**
     * Whether {@code province} is, exactly, the full name of a provincial-level unit (the kit's table): a request's
     * {@code province} is written in full, so that a short name or a misspelling is not taken for a province outside
     * the Northeast.
     */
    public boolean isProvince(String province) {
        return ProvincialUnit.withFullName(province).isPresent();
    }

    /**
     * Whether {@code name}, read without spaces and characters that show nothing ({@link #nameAsRead}), is a name of
     * the four provinces together (东北地区).
     */
    public boolean namesTheRegion(String name) {
        return regionNames.contains(nameAsRead(name));
    }

    /**
     * The part of the region {@code name} names (read as {@link #nameAsRead}), or {@code null}: 东北三省 and 蒙东地区 are
     * parts, not units the policy sets targets for.
     */
    public Part partNamed(String name) {
        String read = nameAsRead(name);
        for (Part p : partNames) {
            if (p.names().contains(read)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The city or league of {@link #cityNames} that {@code name} names (read as {@link #nameAsRead}), by its full name,
     * or {@code null}: its full name (哈尔滨市), or that without its 市 or 盟 (哈尔滨, 兴安), each also after the full or
     * short name of a provincial-level unit (黑龙江省哈尔滨, 黑龙江哈尔滨市). A city the text does not name is found by
     * its 市 alone, elsewhere ({@code Northeast2017}): without it, 齐齐哈尔 is no name the module knows.
     */
    public String cityNamed(String name) {
        String read = nameAsRead(name);
        String city = city(read);
        if (city != null) {
            return city;
        }
        for (ProvincialUnit u : ProvincialUnit.all()) {
            for (String province : List.of(u.fullName(), u.shortName())) {
                if (read.length() > province.length() + 1 && read.startsWith(province)) {
                    city = city(read.substring(province.length()));
                    if (city != null) {
                        return city;
                    }
                }
            }
        }
        return null;
    }

    /** The city {@code read} is, in full or without its last character (市, 盟), or {@code null}. */
    private String city(String read) {
        for (String city : cityNames) {
            if (read.equals(city) || read.equals(city.substring(0, city.length() - 1))) {
                return city;
            }
        }
        return null;
    }

    /**
     * Names of one part of the region, and what they name.
     *
     * @param names the names, as written without spaces
     * @param zh    what they name, in Chinese
     * @param en    what they name, in English
     */
    public record Part(List<String> names, String zh, String en) {
        public Part {
            names = List.copyOf(names);
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }

    /**
     * A request's free {@code name} as compared with the units' names: without its spaces (any of Unicode's, a
     * no-break or an ideographic one too) and the characters that show nothing ({@code " 吉林省 "} and
     * {@code 吉林省\u200B} are 吉林省).
     */
    public static String nameAsRead(String name) {
        return io.iprules.json.InvisibleCharacters.withoutSpacesOrInvisible(name);
    }

    /**
     * The provincial-level unit {@code name} names, by its full name or its short name (辽宁 and 辽宁省 are 辽宁省);
     * {@code null} when it names none (a city, an office, a misspelling).
     */
    public String provinceNamed(String name) {
        return ProvincialUnit.named(nameAsRead(name)).map(ProvincialUnit::fullName).orElse(null);
    }
}
