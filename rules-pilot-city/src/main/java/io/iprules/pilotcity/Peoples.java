package io.iprules.pilotcity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/**
 * The 55 minority peoples' names (民族名称, GB/T 3304-1991), from {@code ethnic_names.json}, through which the name of an
 * autonomous place (民族自治地方的名称) gives its place name: such a name is, but in special cases, the place name
 * (地方名称), the names of its peoples and its rank (行政地位), in that order (民族区域自治法 第十三条), so that
 * 黔东南苗族侗族自治州 is 黔东南, written alone or as 黔东南州. Read once; the names are data, not Java.
 */
final class Peoples {
    private record File(String note, String citation, List<String> peoples) {
    }

    /** The names, longest first, so that 土家 is taken before 土 would be. */
    private static final List<String> NAMES = read();

    private Peoples() {
    }

    private static List<String> read() {
        try (InputStream in = Peoples.class.getResourceAsStream("ethnic_names.json")) {
            if (in == null) {
                throw new IllegalStateException(Peoples.class.getPackageName() + "/ethnic_names.json is missing");
            }
            File f = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            if (f.peoples() == null || f.peoples().size() != 55
                    || f.peoples().stream().anyMatch(n -> n == null || n.isBlank() || n.endsWith("族"))) {
                throw new IllegalStateException("ethnic_names.json: the 55 minority peoples' names, each without 族");
            }
            return f.peoples().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("ethnic_names.json: " + e.getMessage(), e);
        }
    }

    /**
     * The place name of an autonomous place's name without its rank (自治州, 自治县, 自治旗 taken off before): its
     * peoples' names taken off its end, one by one, each with or without 族 (大理白族 → 大理, 海西蒙古族藏族 → 海西,
     * 伊犁哈萨克 → 伊犁, 克孜勒苏柯尔克孜 → 克孜勒苏). A name of one character is taken off only with its 族, as the
     * names write it (凉山彝族), and none where fewer than two characters would be left; a name of no people is left as
     * it is.
     */
    static String placeName(String withoutRank) {
        String s = withoutRank;
        while (true) {
            boolean zu = s.endsWith("族");
            String t = zu ? s.substring(0, s.length() - 1) : s;
            String people = null;
            for (String n : NAMES) {
                if (t.endsWith(n) && (zu || n.length() >= 2) && t.length() - n.length() >= 2) {
                    people = n;
                    break;
                }
            }
            if (people == null) {
                return s;
            }
            s = t.substring(0, t.length() - people.length());
        }
    }
}
