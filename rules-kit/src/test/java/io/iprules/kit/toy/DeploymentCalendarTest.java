package io.iprules.kit.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iprules.ConfigurationException;
import io.iprules.Deadline;
import io.iprules.DeadlineStatus;
import io.iprules.EvaluationResult;
import io.iprules.Language;
import io.iprules.Receipt;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.json.Replay;
import io.iprules.kit.KitModule;
import io.iprules.kit.calendar.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's calendar file reaches a kit module through the engine's generic data files: it turns a count that
 * needs a year the library does not bundle from UNKNOWN to decided, a wrong file is refused naming the file and the
 * JSON path, and the receipt records the calendar's digest, which a replay compares.
 */
class DeploymentCalendarTest {
    /**
     * A made-up year for this test only — NOT a State Council notice: 2027 with 1 January a rest day and nothing
     * else moved. The library bundles 2007–2026, so a count into 2027 needs it.
     */
    static final String TEST_ONLY_2027 = """
            { "year": 2027, "source": "test fixture: made up, not a State Council notice",
              "notices": [ { "id": "test-2027", "title": "测试用 2027 年日历(虚构，非国务院通知)",
                             "url": "https://example.invalid/test-2027" } ],
              "days": [ { "date": "2027-01-01", "kind": "REST", "name": "元旦", "notice": "test-2027" } ] }
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Asked on Monday 2026-12-28; evaluated on Monday 2027-01-04 without a reply. */
    private static EvaluationResult askedAtYearEnd(RulesEngine engine) {
        return engine.evaluate(KitToy2020.ID, LocalDate.of(2027, 1, 4),
                new ToyApplicant("禾城", 1, true, LocalDate.of(2026, 12, 28), null));
    }

    @Test
    void aYearFileTurnsAnUnknownCountIntoADecidedOne() throws Exception {
        // 2026-12-29 is from 25 December: the 2027 notice could have moved it, and none is loaded
        Deadline without = askedAtYearEnd(RulesEngine.builder().build()).deadlines().get(0);
        assertThat(without.status()).isEqualTo(DeadlineStatus.UNKNOWN);

        RulesEngine engine = RulesEngine.builder().dataFile("calendar", file("2027.json", TEST_ONLY_2027)).build();
        Deadline with = askedAtYearEnd(engine).deadlines().get(0);
        // by hand: after Mon 12-28 (not counted): Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 2027-01-01 rests in the
        // test file, Mon 01-04 (4), Tue 01-05 (5): due 2027-01-05; on 01-04, one working day (01-05) is left
        assertThat(with.status()).isEqualTo(DeadlineStatus.PENDING);
        assertThat(with.deadline()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(with.workingDaysLeft()).isEqualTo(1);
        assertThat(with.calendar()).contains("测试用 2027 年日历(虚构，非国务院通知)");
        assertThat(with.citation()).isEqualTo("kit-toy-2020 §3");
    }

    @Test
    void theReceiptRecordsTheCalendarsDigestAndAReplayComparesIt() throws Exception {
        RulesEngine bundled = RulesEngine.builder().build();
        RulesEngine deployed = RulesEngine.builder().dataFile("calendar", file("2027.json", TEST_ONLY_2027)).build();
        Receipt before = askedAtYearEnd(bundled).receipt().orElseThrow();
        Receipt after = askedAtYearEnd(deployed).receipt().orElseThrow();
        String expected = WorkingDayCalendar.builder().addYear("x", TEST_ONLY_2027.getBytes(StandardCharsets.UTF_8))
                .build().digest();
        assertThat(before.data()).containsExactly(java.util.Map.entry("calendar", WorkingDayCalendar.china().digest()));
        assertThat(after.data()).containsExactly(java.util.Map.entry("calendar", expected));
        assertThat(expected).isNotEqualTo(WorkingDayCalendar.china().digest());

        String request = "{\"policy\":\"kit-toy-2020\",\"asOf\":\"2027-01-04\",\"applicant\":{\"name\":\"禾城\","
                + "\"patents\":1,\"planIssued\":true,\"asked\":\"2026-12-28\"}}";
        byte[] requestBytes = request.getBytes(StandardCharsets.UTF_8);
        JsonContract contract = new JsonContract(deployed);
        String written = contract.writePretty(contract.evaluate(requestBytes, LocalDate.of(2027, 1, 4), null),
                Language.EN, false);
        assertThat(written).contains("\"data\" : {\n      \"calendar\" : \"" + expected + "\"");

        // replayed with the same calendar: identical; without it: the receipt's calendar differs
        assertThat(new Replay(deployed).check(requestBytes, written.getBytes(StandardCharsets.UTF_8)).verdict())
                .isEqualTo(Replay.Verdict.IDENTICAL);
        Replay.Report other = new Replay(bundled).check(requestBytes, written.getBytes(StandardCharsets.UTF_8));
        assertThat(other.verdict()).isEqualTo(Replay.Verdict.RECEIPT_DIFFERS);
        assertThat(other.differences()).contains("data.calendar: recorded " + expected + ", now "
                + WorkingDayCalendar.china().digest());
    }

    /**
     * A module keeps the calendar it was handed for the life of the engine it serves: the same instance given to a
     * second engine with another calendar is refused, where it used to take that calendar over, so that the first
     * engine's counts changed (an evaluation running meanwhile, on another thread, among them) while its receipts
     * still named the calendar it was built with. The same calendar again changes nothing and is accepted.
     */
    @Test
    void oneModuleInstanceDecidesWithOneCalendarWhateverAnotherEngineIsGiven() throws Exception {
        KitToy2020 module = new KitToy2020();
        Path year = file("2027.json", TEST_ONLY_2027);
        RulesEngine deployed = RulesEngine.builder().withoutDiscovery().module(module).dataFile("calendar", year)
                .build();
        EvaluationResult first = askedAtYearEnd(deployed);
        assertThat(first.deadlines().get(0).status()).isEqualTo(DeadlineStatus.PENDING);

        assertThatThrownBy(() -> RulesEngine.builder().withoutDiscovery().module(module).build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.inParameters()).isFalse();
                    assertThat(e.message(Language.EN)).startsWith("kit-toy-2020: this module instance already decides "
                            + "for another engine with another working-day calendar (" + first.receipt().orElseThrow()
                            .data().get("calendar") + "): give each engine its own instance");
                    assertThat(e.message(Language.ZH)).startsWith("kit-toy-2020: 此模块实例已在另一个引擎中按另一份工作日历作出决定");
                });
        EvaluationResult later = askedAtYearEnd(deployed);
        assertThat(later.deadlines()).isEqualTo(first.deadlines());
        assertThat(later.receipt()).isEqualTo(first.receipt());

        RulesEngine same = RulesEngine.builder().withoutDiscovery().module(module).dataFile("calendar", year).build();
        assertThat(askedAtYearEnd(same).deadlines()).isEqualTo(first.deadlines());
        assertThat(askedAtYearEnd(deployed).deadlines()).isEqualTo(first.deadlines());
    }

    /**
     * The policy's description says which days its calendar can decide and what it was read from, with the digest
     * its receipts record: a deployment sees the end of its calendar coming, not only from an UNKNOWN deadline.
     */
    @Test
    void thePolicyDescribesTheCalendarItDecidesWith() throws Exception {
        RulesEngine bundled = RulesEngine.builder().build();
        io.iprules.DataDescription before = bundled.policy(KitToy2020.ID).data("calendar").orElseThrow();
        assertThat(before.digest()).isEqualTo(askedAtYearEnd(bundled).receipt().orElseThrow().data().get("calendar"));
        // the bundled notices, 2007 to 2026: to 24 December 2026 (from the 25th the 2027 notice may move a day)
        assertThat(before.covers()).containsExactly(new io.iprules.DataDescription.DateRange(LocalDate.of(2007, 1, 1),
                LocalDate.of(2026, 12, 24)));
        assertThat(before.sources()).allMatch(io.iprules.DataDescription.Source::bundled);

        RulesEngine deployed = RulesEngine.builder().dataFile("calendar", file("2027.json", TEST_ONLY_2027)).build();
        io.iprules.DataDescription after = deployed.policy(KitToy2020.ID).data("calendar").orElseThrow();
        assertThat(after.digest()).isEqualTo(askedAtYearEnd(deployed).receipt().orElseThrow().data().get("calendar"))
                .isNotEqualTo(before.digest());
        assertThat(after.covers()).containsExactly(new io.iprules.DataDescription.DateRange(LocalDate.of(2007, 1, 1),
                LocalDate.of(2027, 12, 24)));
        assertThat(after.sources()).last().isEqualTo(new io.iprules.DataDescription.Source(
                "测试用 2027 年日历(虚构，非国务院通知)", "2027.json"));
        assertThat(new JsonContract(deployed).writePolicies(Language.EN))
                .contains("\"until\" : \"2027-12-24\"", "\"file\" : \"2027.json\"");
    }

    @Test
    void aWrongFileIsRefusedNamingTheFileAndThePathInBothLanguages() throws Exception {
        Path bad = file("bad-2027.json", TEST_ONLY_2027.replace("\"2027-01-01\"", "\"2027-02-30\""));
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", bad).build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.inParameters()).isTrue();
                    assertThat(e.message(Language.EN)).isEqualTo(bad
                            + ": days[0].date: is not a real date: 2027-02-30");
                    assertThat(e.message(Language.ZH)).isEqualTo(bad + ": days[0].date: 不是存在的日期:2027-02-30");
                });
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", missing))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.inParameters()).isTrue();
                    assertThat(e.message(Language.EN)).isEqualTo(missing + ": cannot read the calendar file: no such "
                            + "file");
                });
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("calendar", dir))
                .isInstanceOfSatisfying(ConfigurationException.class, e ->
                        assertThat(e.message(Language.EN)).endsWith(": is a folder, not a calendar file"));
    }

    @Test
    void aFileOfAKindNoModuleReadsIsRefused() throws Exception {
        Path f = file("2027.json", TEST_ONLY_2027);
        assertThatThrownBy(() -> RulesEngine.builder().dataFile("holidays", f).build())
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.inParameters()).isTrue();
                    assertThat(e.message(Language.EN)).startsWith(f + ": no policy here reads holidays files");
                });
        assertThat(KitModule.CALENDAR).isEqualTo("calendar");
    }
}
