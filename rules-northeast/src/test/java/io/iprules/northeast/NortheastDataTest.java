package io.iprules.northeast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iprules.PolicyDescription;
import io.iprules.Provision;
import io.iprules.ProvisionStatus;
import io.iprules.northeast.rules.Measure;
import io.iprules.northeast.rules.Measures;
import io.iprules.northeast.rules.NortheastScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The module's data against the text: provisions, scope, measures, readings, messages. */
class NortheastDataTest {
    private static final String READING = text("text/northeast-2017.zh-Hans.txt");
    private static final String PUBLISHED = text("text/northeast-2017.txt");

    private static String text(String name) {
        try (InputStream in = NortheastDataTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** §n(m) of the opinions for each sub-heading of the simplified text: 一…七 are §1…§7, (一) is (1). */
    private static List<int[]> headings() {
        String numerals = "一二三四五六七";
        List<int[]> out = new ArrayList<>(); // {offset, section, item}
        Matcher m = Pattern.compile("(?m)^([一二三四五六七])、|^\\(([一二三四])\\)").matcher(READING);
        int section = 0;
        int opinions = READING.indexOf("\n一、");
        while (m.find()) {
            if (m.start() < opinions) {
                continue;
            }
            if (m.group(1) != null) {
                section = numerals.indexOf(m.group(1)) + 1;
                out.add(new int[] {m.start(), section, 0});
            } else {
                out.add(new int[] {m.start(), section, numerals.indexOf(m.group(2)) + 1});
            }
        }
        return out;
    }

    private static String citationAt(int offset) {
        int[] last = null;
        for (int[] h : headings()) {
            if (h[0] <= offset) {
                last = h;
            }
        }
        return "northeast-2017 §" + last[1] + (last[2] == 0 ? "" : "(" + last[2] + ")");
    }

    @Test
    void theSimplifiedTextIsThePublishedOneRepaired() {
        // the published copy is traditional with pinyin glosses and two garbled places; the reading has none of them
        assertThat(PUBLISHED).contains("發(fā)").contains("強?。▍^(qū))");
        assertThat(READING).doesNotContainPattern("[A-Za-z?]").contains("知识产权强省(区)、强市(州)、强县、强企")
                .contains("知识产权质押融资担保基金,提高中介机构的评估能力")
                .startsWith("知识产权局、发展改革委").contains("2017年2月27日");
        // every sub-heading of the published text is in the reading, in the same order
        assertThat(headings()).hasSize(7 + 18);
    }

    @Test
    void everyProvisionIsImplementedOrNotFormalised() {
        PolicyDescription d = ContractOnly.POLICY;
        assertThat(d.id()).isEqualTo("northeast-2017");
        assertThat(d.issued()).isEqualTo(LocalDate.of(2017, 2, 27));
        assertThat(d.subjects()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("applicant");
            assertThat(s.type()).isEqualTo(NortheastRegion.class);
        });
        Set<String> listed = new HashSet<>();
        d.provisions().forEach(p -> listed.add(p.citation()));
        Set<String> expected = new LinkedHashSet<>();
        for (int[] h : headings()) {
            boolean hasItems = headings().stream().anyMatch(x -> x[1] == h[1] && x[2] > 0);
            if (h[2] > 0 || !hasItems) {
                expected.add("northeast-2017 §" + h[1] + (h[2] == 0 ? "" : "(" + h[2] + ")"));
            }
        }
        assertThat(expected).hasSize(1 + 18); // §1 has no items; §2 2, §3 4, §4 4, §5 2, §6 4, §7 2 = 18
        assertThat(listed).containsAll(expected);
        for (Provision p : d.provisions()) {
            assertThat(p.note().in(io.iprules.Language.ZH)).as(p.citation()).isNotBlank();
            assertThat(p.note().in(io.iprules.Language.EN)).as(p.citation()).isNotBlank();
        }
        List<String> codes = d.provisions().stream()
                .filter(p -> p.citation().equals("northeast-2017 §2(2)") && p.status() == ProvisionStatus.IMPLEMENTED)
                .flatMap(p -> p.codes().stream()).toList();
        assertThat(codes).containsExactly("NE_PATENT_GROWTH", "NE_PATENT_PER_CAPITA", "NE_TRADEMARK_GROWTH",
                "NE_TRADEMARK_PER_CAPITA", "NE_COPYRIGHT_GROWTH", "NE_COPYRIGHT_PER_CAPITA");
    }

    @Test
    void theScopeIsTheNoticesAddressees() {
        NortheastScope s = NortheastScope.load();
        assertThat(s.scope()).containsExactly("内蒙古自治区", "辽宁省", "吉林省", "黑龙江省");
        assertThat(READING).contains("内蒙古自治区、辽宁省、吉林省、黑龙江省知识产权").contains("东北地区四省区");
        assertThat(s.covers("辽宁省")).isTrue();
        assertThat(s.covers("浙江省")).isFalse();
        // the provincial-level units are the kit's table (GB/T 2260)
        assertThat(s.isProvince("浙江省")).isTrue();
        assertThat(s.isProvince("台湾省")).isTrue();
        assertThat(s.isProvince("辽宁")).isFalse();
        assertThat(s.isProvince("东北地区")).isFalse();
        // a short name is known for the warning about a name, never as a province (validation asks for the full name)
        assertThat(s.provinceNamed("辽宁")).isEqualTo("辽宁省");
        assertThat(s.provinceNamed("内蒙古")).isEqualTo("内蒙古自治区");
        assertThat(s.provinceNamed("广西")).isEqualTo("广西壮族自治区");
        assertThat(s.provinceNamed("黑龙江省")).isEqualTo("黑龙江省");
        assertThat(s.provinceNamed("沈阳市")).isNull();
        assertThat(s.provinceNamed("辽")).isNull();
    }

    @Test
    void measuresAreTheAddressedSentencesQuotedInTheirSections() {
        List<Measure> all = Measures.load().measures();
        Set<String> pairs = new LinkedHashSet<>();
        for (Measure m : all) {
            int at = READING.indexOf(m.text());
            assertThat(at).as(m.text()).isNotNegative();
            assertThat(READING.indexOf(m.text(), at + 1)).as("quoted once: " + m.text()).isNegative();
            assertThat(citationAt(at)).as(m.text()).isEqualTo(m.citation());
            assertThat(m.text()).endsWith("。");
            if (m.place() != null) {
                for (String part : m.place().split("、")) {
                    assertThat(m.text()).as(m.place()).contains(part);
                }
            }
            pairs.add(m.addressee() + " " + m.citation().substring("northeast-2017 ".length()));
        }
        // the measures addressed to a province, written out here (not read from measures.json):
        // 辽宁 §4(4), §5(1), §5(2), §6(4); 吉林 §5(1), §5(2); 黑龙江 §4(3), §5(1), §5(2); 内蒙古 §5(1), §6(1)
        assertThat(pairs).containsExactlyInAnyOrder("辽宁省 §4(4)", "辽宁省 §5(1)", "辽宁省 §5(2)", "辽宁省 §6(4)",
                "吉林省 §5(1)", "吉林省 §5(2)", "黑龙江省 §4(3)", "黑龙江省 §5(1)", "黑龙江省 §5(2)",
                "内蒙古自治区 §5(1)", "内蒙古自治区 §6(1)");
        // a sentence naming a province names the addressee, or a place of it
        for (Measure m : all) {
            String shortName = m.addressee().replace("自治区", "").replace("省", "");
            String where = m.place() == null ? "" : m.place();
            assertThat(m.text().contains(shortName) || !where.isEmpty() || m.text().contains("蒙汉双语"))
                    .as(m.addressee() + ": " + m.text()).isTrue();
        }
    }

    /**
     * The English gloss beside a measure says what the sentence says, no more: it speaks of patents only where the
     * sentence does (专利). §6(1) lists 知识产权资源数据库、产业专题数据库 (IP resource databases, industry thematic
     * databases): no patent database, unlike §4(2)'s 专题专利数据库; §5(2)'s 国家专利导航 is a patent one.
     */
    @Test
    void theEnglishGlossSpeaksOfPatentsOnlyWhereTheSentenceDoes() {
        for (Measure m : Measures.load().measures()) {
            assertThat(m.en().toLowerCase(java.util.Locale.ROOT).contains("patent"))
                    .as(m.citation() + " " + m.addressee() + ": " + m.en())
                    .isEqualTo(m.text().contains("专利"));
        }
    }

    @Test
    void innerMongoliaIsAddressedOnlyInItsEastBySection5Item1() {
        Measure m = Measures.load().measures().stream()
                .filter(x -> x.addressee().equals("内蒙古自治区") && x.citation().endsWith("§5(1)")).findFirst()
                .orElseThrow();
        assertThat(m.place()).isEqualTo("蒙东地区");
        assertThat(m.text()).contains("蒙东地区");
        assertThat(m.scope()).containsExactly("呼伦贝尔市", "兴安盟", "通辽市", "赤峰市", "锡林郭勒盟");
        assertThat(m.note()).containsKeys("zh", "en");
    }

    @Test
    void theMeasuresOfAUnit() {
        Measures ms = Measures.load();
        assertThat(ms.forUnit(Level.NORTHEAST, null)).hasSize(22);
        assertThat(ms.forUnit(Level.PROVINCE, "辽宁省")).hasSize(7);
        assertThat(ms.forUnit(Level.PROVINCE, "吉林省")).hasSize(6);
        assertThat(ms.forUnit(Level.PROVINCE, "黑龙江省")).hasSize(7);
        assertThat(ms.forUnit(Level.PROVINCE, "内蒙古自治区")).hasSize(2);
        assertThat(ms.forUnit(Level.PROVINCE, "浙江省")).isEmpty();
    }

    /**
     * Each rule file quotes its clauses above the rules, as the simplified text has them: a quote opens with its
     * clause ({@code 五、(一)实施差异化知识产权政策}, or {@code 通知主送:} for the notice's addressees), a heading
     * followed by an omission ({@code ……}) or standing alone on its line as in the text (nothing added between it and
     * its first words, not even a 。), and every part between the omissions is words of that clause, under the
     * citation the quote stands below.
     */
    @Test
    void theRuleFilesQuoteTheirClausesAsTheTextHasThem() throws IOException {
        Path rules = Path.of("src/main/resources/io/iprules/northeast/rules");
        Pattern clause = Pattern.compile("^([一二三四五六七])、\\(([一二三四])\\)([^。…\n]*)(\n|……)");
        String numerals = "一二三四五六七";
        int opinions = READING.indexOf("\n一、");
        List<Path> files;
        try (Stream<Path> s = Files.list(rules)) {
            files = s.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).hasSize(3);
        int quotes = 0;
        for (Path f : files) {
            String citedAbove = null;
            List<String> found = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("// northeast-2017 ")) {
                    citedAbove = line;
                } else if (line.startsWith("//     ") && citedAbove != null && !found.isEmpty()) {
                    found.set(found.size() - 1, found.get(found.size() - 1) + line.substring("//     ".length()));
                } else if (line.startsWith("//   ") && citedAbove != null) {
                    // the first line's end is kept: a heading may stand alone on it, as in the text
                    found.add(citedAbove + "\n" + line.substring("//   ".length()) + "\n");
                } else {
                    citedAbove = null;
                }
            }
            assertThat(found).as(f + " quotes its clauses").isNotEmpty();
            for (String q : found) {
                String cited = q.substring(0, q.indexOf('\n'));
                String quote = q.substring(q.indexOf('\n') + 1);
                String body;
                String where;
                if (quote.startsWith("通知主送:")) {
                    body = quote.substring("通知主送:".length());
                    where = "northeast-2017 通知";
                    assertThat(cited).as(quote).contains("notice");
                } else {
                    Matcher m = clause.matcher(quote);
                    assertThat(m.lookingAt()).as("a quote opens with its clause: " + quote).isTrue();
                    where = "northeast-2017 §" + (numerals.indexOf(m.group(1)) + 1) + "("
                            + (numerals.indexOf(m.group(2)) + 1) + ")";
                    assertThat(cited).as(quote).contains(where.substring("northeast-2017 ".length()));
                    // a heading standing alone in the quote stands alone in the text
                    String heading = "\n(" + m.group(2) + ")" + m.group(3) + (m.group(4).equals("\n") ? "\n" : "");
                    body = quote.substring(m.end(3));
                    // a heading standing alone is followed by its clause's first words, as in the text
                    String opening = m.group(4).equals("\n") ? body.replace("\n", "").split("……")[0] : "";
                    boolean headed = false;
                    for (int at = READING.indexOf(heading); at >= 0; at = READING.indexOf(heading, at + 1)) {
                        int next = at + heading.length();
                        while (next < READING.length() && Character.isWhitespace(READING.charAt(next))) {
                            next++;
                        }
                        headed |= at > opinions && citationAt(at + 1).equals(where)
                                && READING.startsWith(opening, next);
                    }
                    assertThat(headed).as("the heading of " + where + ", and the words that open its clause: "
                            + quote).isTrue();
                }
                for (String part : body.replace("\n", "").split("……")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    boolean inClause = false;
                    for (int at = READING.indexOf(part); at >= 0; at = READING.indexOf(part, at + 1)) {
                        inClause |= where.endsWith("通知") ? at < opinions : at > opinions
                                && citationAt(at).equals(where);
                    }
                    assertThat(inClause).as(f.getFileName() + ": '" + part + "' is words of " + where).isTrue();
                }
                quotes++;
            }
        }
        assertThat(quotes).isGreaterThanOrEqualTo(9);
    }

    @Test
    void readingsOnceEachInBothLanguages() throws IOException {
        JsonNode r;
        try (InputStream in = NortheastDataTest.class.getResourceAsStream("readings.json")) {
            r = new ObjectMapper().readTree(in);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode e : r.get("readings")) {
            assertThat(ids.add(e.get("id").asText())).as(e.get("id").asText()).isTrue();
            assertThat(e.get("citation").asText()).matches("northeast-2017 (§.+|通知)");
            assertThat(e.get("zh").asText()).isNotBlank();
            assertThat(e.get("en").asText()).isNotBlank();
        }
        assertThat(ids).contains("in-force", "strict-higher", "three-kinds", "holdings-govern-both",
                "compound-growth-exact", "per-resident", "national-totals", "no-horizon", "unknowns", "eligible",
                "measures-reported");
    }

    @Test
    void messagesInBothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_zh.properties")).isEqualTo(keys("messages_en.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NortheastDataTest.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
