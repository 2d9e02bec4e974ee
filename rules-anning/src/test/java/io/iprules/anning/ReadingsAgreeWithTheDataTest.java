package io.iprules.anning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the readings (and the phase file's notes) say about the module's own data is true of that data: a count of
 * targets is the number of targets in the target files, and the general rule that a month named as a start or an end
 * includes all its days names, in the same sentence, every month a phase does not start or end on the edge of.
 */
class ReadingsAgreeWithTheDataTest {
    private static final Path MAIN = Path.of("src/main/resources/io/iprules/anning");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TARGET_COUNT = Pattern.compile("(\\d+) targets|(\\d+) ?项目标");

    private static int targets() throws IOException {
        int n = 0;
        try (Stream<Path> files = Files.list(MAIN.resolve("targets"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                n += JSON.readTree(f.toFile()).path("targets").size();
            }
        }
        return n;
    }

    /** Every text of the readings and of the phase notes, zh and en. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (JsonNode r : JSON.readTree(MAIN.resolve("readings.json").toFile()).path("readings")) {
            texts.add(r.path("zh").asText());
            texts.add(r.path("en").asText());
        }
        for (JsonNode p : JSON.readTree(MAIN.resolve("phases/s5_phases.json").toFile()).path("phases")) {
            texts.add(p.path("note").path("zh").asText());
            texts.add(p.path("note").path("en").asText());
        }
        return texts;
    }

    @Test
    void aCountOfTargetsIsTheNumberOfTargets() throws IOException {
        int targets = targets();
        assertThat(targets).isEqualTo(30); // 24 of §3(2), §4, §6(3) and the 6 added after the legal review
        for (String text : texts()) {
            Matcher m = TARGET_COUNT.matcher(text);
            while (m.find()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                assertThat(Integer.parseInt(n)).as("“%s” in: %s", m.group(), text).isEqualTo(targets);
            }
        }
    }

    @Test
    void theWholeMonthRuleNamesTheMonthsItDoesNotHoldFor() throws IOException {
        List<YearMonth> split = new ArrayList<>();
        for (JsonNode p : JSON.readTree(MAIN.resolve("phases/s5_phases.json").toFile()).path("phases")) {
            LocalDate from = LocalDate.parse(p.path("from").asText());
            if (from.getDayOfMonth() != 1) {
                split.add(YearMonth.from(from));
            }
            if (!p.path("until").isNull()) {
                LocalDate until = LocalDate.parse(p.path("until").asText());
                if (!until.equals(YearMonth.from(until).atEndOfMonth())) {
                    split.add(YearMonth.from(until));
                }
            }
        }
        assertThat(split).containsExactly(YearMonth.of(2022, 10), YearMonth.of(2022, 10)); // §5's October 2022
        int sentences = 0;
        for (String text : texts()) {
            for (String sentence : text.split("(?<=\\.) |。")) {
                boolean zh = sentence.contains("全部日期");
                if (!zh && !sentence.contains("all its days")) {
                    continue;
                }
                sentences++;
                for (YearMonth month : split) {
                    String named = zh ? month.getYear() + "年" + month.getMonthValue() + "月"
                            : month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
                    assertThat(sentence).as("the whole-month rule names its exception").contains(named);
                }
            }
        }
        assertThat(sentences).isEqualTo(4); // the phases reading and the acceptance phase's note, zh and en
    }
}
