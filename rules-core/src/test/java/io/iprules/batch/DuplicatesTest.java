package io.iprules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who applied, read from a request's bytes: the policy-first reading stops early but answers as the full one. */
class DuplicatesTest {
    private static final Map<String, Map<String, List<String>>> IDENTITY =
            Map.of("p-1", Map.of("applicant", List.of("creditCode", "name"), "city", List.of("name")));

    /** The applicant's keys, most telling first, joined by " | ". */
    private static String applicant(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        Duplicates.Applicant answer = Duplicates.applicant(b, IDENTITY);
        assertThat(answer).as("the same as reading every field: " + json).isEqualTo(Duplicates.anyOrder(b, IDENTITY));
        return keys(answer);
    }

    private static String keys(Duplicates.Applicant a) {
        if (a == null) {
            return null;
        }
        List<String> keys = new java.util.ArrayList<>();
        for (int k = 0; k < a.fields().size(); k++) {
            keys.add(a.key(k));
        }
        return String.join(" | ", keys);
    }

    @Test
    void theFirstIdentifyingFieldGivenIdentifies() {
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"甲\",\"creditCode\":\"C1\",\"x\":[1]}}"))
                .isEqualTo("p-1\0applicant\0creditCode\0C1 | p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"policy\":\"p-1\",\"asOf\":\"2013-01-01\",\"applicant\":{\"name\":\" 甲 \"}}"))
                .isEqualTo("p-1\0applicant\0name\0甲");
        // a blank code is no code: the name, which came before it, identifies
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"甲\",\"creditCode\":\"  \"}}"))
                .isEqualTo("p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\"\",\"name\":\"乙\"}}"))
                .isEqualTo("p-1\0applicant\0name\0乙");
        // a code inside a nested object is not the applicant's; the applicant's own comes after it
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"甲\",\"parent\":{\"creditCode\":\"P\"},"
                + "\"creditCode\":\"C2\"}}")).isEqualTo("p-1\0applicant\0creditCode\0C2 | p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"applicant\":{\"name\":\"甲\"},\"policy\":\"p-1\"}"))
                .isEqualTo("p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"policy\":\"p-2\",\"applicant\":{\"name\":\"甲\"}}")).isNull();
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"sme\":true}}")).isNull();
    }

    @Test
    void aNameWrittenWithCharactersThatShowNothingIsTheSameApplicant() {
        // a zero-width space, a byte order mark, a word joiner, a bell (a JSON escape), an ideographic space, a
        // zero-width joiner, a Hangul filler and no-break spaces: 嘉兴禾城 as an officer reads it
        for (String name : List.of("嘉兴\u200B禾城", "\uFEFF嘉兴禾城", "嘉兴\u2060禾城 ", "嘉兴禾城\\u0007",
                "\u3000嘉兴禾城\u200D", "嘉兴禾城\u3164", "嘉兴禾城\u00A0", "\u202F嘉兴禾城")) {
            assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"" + name + "\"}}"))
                    .as(name).isEqualTo("p-1\0applicant\0name\0嘉兴禾城");
        }
        // a code so written is the same code
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\"C\u200B1\"}}"))
                .isEqualTo("p-1\0applicant\0creditCode\0C1");
        // a name of such characters alone is no name: the code after it identifies
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"\u200B\",\"creditCode\":\"C3\"}}"))
                .isEqualTo("p-1\0applicant\0creditCode\0C3");
        // a character beyond the BMP is kept whole; a surrogate standing alone shows nothing
        assertThat(Duplicates.shown("\uD840\uDC0B甲")).isEqualTo("\uD840\uDC0B甲");
        assertThat(Duplicates.shown("甲\uD840")).isEqualTo("甲");
        assertThat(Duplicates.shown("乙")).isSameAs(Duplicates.shown("乙")); // nothing to drop: the value itself
    }

    @Test
    void onlyASubjectsFirst64TextsAreRead() {
        StringBuilder b = new StringBuilder("{\"policy\":\"p-1\",\"applicant\":{\"name\":\"甲\"");
        for (int i = 0; i < 63; i++) {
            b.append(",\"f").append(i).append("\":\"v\"");
        }
        assertThat(applicant(b + ",\"creditCode\":\"C65\"}}")).isEqualTo("p-1\0applicant\0name\0甲"); // the 65th text
    }

    @Test
    void aRequestThatGivesNoIdentifyingValueHasNoApplicant() {
        assertThat(applicant("[{\"policy\":\"p-1\"}]")).isNull(); // not an object
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"name\":")).isNull(); // cut short
        assertThat(applicant("{\"policy\":\"p-1\",\"asOf\":\"2013-01-01\"}")).isNull(); // no subject
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":\"甲\"}")).isNull(); // a subject that is no object
        // every identifying field given blank: nobody, even though every one was met
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\" \",\"name\":\"\"}}")).isNull();
    }

    /**
     * A policy named first is read on the quick path; any other first field is not a policy, whatever its value: the
     * line is read whole. A subject's key holding something other than an object is no subject, and an object that is
     * no subject is passed over, whether met before the subject or after it.
     */
    @Test
    void onlyThePolicyFieldNamesThePolicyAndOnlyASubjectObjectIsReadForTheApplicant() {
        assertThat(applicant("{\"asOf\":\"2013-01-01\",\"policy\":\"p-1\",\"applicant\":{\"name\":\"甲\"}}"))
                .isEqualTo("p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"policy\":\"p-1\",\"options\":{\"name\":\"乙\"},\"applicant\":{\"name\":\"甲\"}}"))
                .isEqualTo("p-1\0applicant\0name\0甲");
        assertThat(applicant("{\"policy\":\"p-1\",\"applicant\":\"甲\",\"name\":\"乙\"}")).isNull();
        // read in any order: an object that is no subject, under whichever key, does not hide the subject
        for (String other : List.of("a", "x", "options", "zz", "context", "b1")) {
            assertThat(applicant("{\"" + other + "\":{\"name\":\"乙\"},\"applicant\":{\"name\":\"甲\"},"
                    + "\"policy\":\"p-1\"}")).as(other).isEqualTo("p-1\0applicant\0name\0甲");
        }
    }

    /**
     * Once every identifying field has been met, no later field can change who applied: the policy-first reading
     * answers there and reads no further (so what follows, here a line cut short, is not read). A code alone is not
     * enough: the name after it is compared with the lines that give no code.
     */
    @Test
    void onceEveryIdentifyingFieldIsMetTheRestOfTheLineIsNotRead() {
        byte[] both = "{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\"C1\",\"name\":\"甲\",\"x\":"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(keys(Duplicates.applicant(both, IDENTITY)))
                .isEqualTo("p-1\0applicant\0creditCode\0C1 | p-1\0applicant\0name\0甲");
        byte[] name = "{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\" \",\"name\":\"甲\",\"x\":"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(keys(Duplicates.applicant(name, IDENTITY))).isEqualTo("p-1\0applicant\0name\0甲");
        // the code met, the name not yet: it may still come; the line ends before
        byte[] undecided = "{\"policy\":\"p-1\",\"applicant\":{\"creditCode\":\"C1\",\"x\":"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Duplicates.applicant(undecided, IDENTITY)).isNull();
    }

    /** A quarter of the largest heap, as {@link Duplicates#defaultMaxBytes()} says. */
    @Test
    void theDefaultBoundIsAQuarterOfTheHeap() {
        assertThat(Duplicates.defaultMaxBytes()).isEqualTo(Runtime.getRuntime().maxMemory() / 4);
    }

    private static Duplicates.Applicant code(int i) {
        return new Duplicates.Applicant("p-1", "applicant", List.of("creditCode"), List.of("C" + i), true);
    }

    /** Thousands of applicants, more than the table first holds: none is taken for another, no repeat is missed. */
    @Test
    void amongThousandsOfApplicantsOnlyTheRepeatsAreFlaggedWithTheLineFirstMet() {
        Duplicates d = new Duplicates(Long.MAX_VALUE);
        int n = 3000;
        for (int i = 1; i <= n; i++) {
            d.add(code(i), i, new BigDecimal("1.00"));
        }
        assertThat(d.summary()).isEqualTo(DuplicateApplicants.NONE);
        // each met again, the last first, from line 3001 on
        for (int i = n; i >= 1; i--) {
            d.add(code(i), 2 * n + 1 - i, new BigDecimal("2.00"));
        }
        d.add(code(7), 6001, null); // a third time: another repeat, without a total to count twice
        DuplicateApplicants s = d.summary();
        assertThat(s.count()).isEqualTo(3001);
        assertThat(s.amount()).isEqualByComparingTo("6000.00");
        assertThat(s.repeats()).hasSize(Duplicates.LISTED);
        assertThat(s.repeats().get(0)).isEqualTo(new DuplicateApplicants.Repeat("p-1", "creditCode", "C3000", 3000,
                3001, new BigDecimal("2.00")));
        assertThat(s.repeats().get(99)).isEqualTo(new DuplicateApplicants.Repeat("p-1", "creditCode", "C2901", 2901,
                3100, new BigDecimal("2.00")));
    }

    /**
     * The 683rd applicant makes the first table (1,024 slots, two thirds full at 682) grow to 2,048 slots. One whose
     * slot in the grown table is already taken must be placed where a later look for it goes (the next free slot
     * after its own): met again, it is a repeat. Which applicant that is depends only on SHA-256, so it is looked for.
     */
    @Test
    void anApplicantMetAsTheTableGrowsIsFoundAgainWhenItsSlotWasTaken() {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (int i = 1; i <= 682; i++) {
            taken.add(slot(code(i), 2048));
        }
        int x = 683;
        while (!taken.contains(slot(code(x), 2048))) {
            x++;
        }
        Duplicates d = new Duplicates(Long.MAX_VALUE);
        for (int i = 1; i <= 682; i++) {
            d.add(code(i), i, BigDecimal.ONE);
        }
        d.add(code(x), 683, BigDecimal.ONE);
        d.add(code(x), 684, new BigDecimal("2.00"));
        assertThat(d.summary()).isEqualTo(new DuplicateApplicants(1, new BigDecimal("2.00"), List.of(
                new DuplicateApplicants.Repeat("p-1", "creditCode", "C" + x, 683, 684, new BigDecimal("2.00"))), 0));
    }

    /** Where {@code applicant}'s fingerprint is first looked for in a table of {@code slots} slots. */
    private static int slot(Duplicates.Applicant applicant, int slots) {
        long h = Duplicates.fingerprint(applicant.key(0));
        return (int) (h ^ (h >>> 32)) & (slots - 1);
    }

    /**
     * Tables bounded at 48 KiB: growing from 1,024 slots to 2,048 takes 16 + 32 = 48 KiB, to 4,096 would take 96, so
     * at most two thirds of 2,048 slots, 1,365 applicants, are remembered. The 1,366th is counted unchecked, and so is
     * each later line of it (it cannot be found a repeat); a repeat of a remembered one is still flagged.
     */
    @Test
    void aCheckWhoseMemoryIsFullCountsTheLinesItCannotRememberAndStillFlagsRepeatsOfThoseItDoes() {
        Duplicates d = new Duplicates(48 * 1024);
        for (int i = 1; i <= 1365; i++) {
            d.add(code(i), i, new BigDecimal("1.00"));
        }
        assertThat(d.summary()).isEqualTo(DuplicateApplicants.NONE);
        d.add(code(1366), 1366, new BigDecimal("1.00"));
        assertThat(d.summary().unchecked()).isEqualTo(1);
        d.add(code(1366), 1367, new BigDecimal("1.00"));
        d.add(code(1), 1368, new BigDecimal("5.00"));
        DuplicateApplicants s = d.summary();
        assertThat(s.unchecked()).as("lines 1366 and 1367").isEqualTo(2);
        assertThat(s.count()).as("line 1368 only").isEqualTo(1);
        assertThat(s.repeats()).containsExactly(new DuplicateApplicants.Repeat("p-1", "creditCode", "C1", 1, 1368,
                new BigDecimal("5.00")));

        Duplicates roomier = new Duplicates(48 * 1024 * 2);
        for (int i = 1; i <= 1366; i++) {
            roomier.add(code(i), i, BigDecimal.ONE);
        }
        assertThat(roomier.summary().unchecked()).as("96 KiB: 4,096 slots").isZero();
    }

    private static Duplicates.Applicant coded(String code, String name) {
        return new Duplicates.Applicant("p-1", "applicant", List.of("creditCode", "name"), List.of(code, name), true);
    }

    private static Duplicates.Applicant named(String name) {
        return new Duplicates.Applicant("p-1", "applicant", List.of("name"), List.of(name), false);
    }

    /**
     * An enterprise applying once with its credit code and once without is one applicant, in either order: its
     * second line counts the budget twice. Two codes are two applicants, whatever their names; a line without a code
     * is compared by its name with both.
     */
    @Test
    void aLineWithoutACodeIsTheApplicantOfAnEarlierOrLaterLineOfItsNameWithOne() {
        Duplicates d = new Duplicates(Long.MAX_VALUE);
        d.add(coded("C1", "甲"), 1, new BigDecimal("300000.00"));
        d.add(named("甲"), 2, new BigDecimal("300000.00"));
        d.add(named("乙"), 3, new BigDecimal("50000.00"));
        d.add(coded("C2", "乙"), 4, new BigDecimal("50000.00"));
        d.add(coded("C3", "丙"), 5, new BigDecimal("1.00"));
        d.add(coded("C4", "丙"), 6, new BigDecimal("1.00")); // another code: another enterprise of that name
        d.add(coded("C2", "乙"), 7, null); // a third line of 乙, by its code now
        DuplicateApplicants s = d.summary();
        assertThat(s.repeats()).containsExactly(
                new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 2, new BigDecimal("300000.00")),
                new DuplicateApplicants.Repeat("p-1", "name", "乙", 3, 4, new BigDecimal("50000.00")),
                new DuplicateApplicants.Repeat("p-1", "creditCode", "C2", 4, 7, null));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.amount()).isEqualByComparingTo("350000.00");
        assertThat(s.unchecked()).isZero();
    }

    /** A code's line and a line of the same name under another policy are two applicants. */
    @Test
    void aNameUnderAnotherPolicyIsAnotherApplicant() {
        Duplicates d = new Duplicates(Long.MAX_VALUE);
        d.add(coded("C1", "甲"), 1, BigDecimal.ONE);
        d.add(new Duplicates.Applicant("p-2", "applicant", List.of("name"), List.of("甲"), true), 2, BigDecimal.ONE);
        assertThat(d.summary()).isEqualTo(DuplicateApplicants.NONE);
    }

    /** A city and an enterprise of one name are two subjects: each is kept under its request key. */
    @Test
    void aCityAndAnEnterpriseOfOneNameAreTwo() {
        assertThat(applicant("{\"policy\":\"p-1\",\"city\":{\"name\":\"嘉兴市\"}}")).isEqualTo("p-1\0city\0name\0嘉兴市");
        Duplicates d = new Duplicates(Long.MAX_VALUE);
        d.add(new Duplicates.Applicant("p-1", "city", List.of("name"), List.of("嘉兴市"), true), 1, BigDecimal.ONE);
        d.add(coded("C1", "嘉兴市"), 2, BigDecimal.ONE);
        d.add(named("嘉兴市"), 3, BigDecimal.ONE);
        assertThat(d.summary().repeats()).containsExactly(
                new DuplicateApplicants.Repeat("p-1", "name", "嘉兴市", 2, 3, BigDecimal.ONE));
    }

    /**
     * Three lines of one name, one without a code (U, 2,000.00) and two with two codes (C1, 500.00; C2, 1,000.00):
     * C1 and C2 are two enterprises, so U is one of them and the three lines hold one repeat in every order. The line
     * flagged is the one that met another's applicant: U wherever it comes after a code, else the first code after
     * it.
     */
    @Test
    void aLineWithoutACodeIsOneApplicantWithAtMostOneCodeInEveryOrder() {
        Duplicates.Applicant u = named("甲");
        Duplicates.Applicant c1 = coded("C1", "甲");
        Duplicates.Applicant c2 = coded("C2", "甲");
        Map<Duplicates.Applicant, BigDecimal> totals = Map.of(u, new BigDecimal("2000.00"), c1,
                new BigDecimal("500.00"), c2, new BigDecimal("1000.00"));
        Map<List<Duplicates.Applicant>, DuplicateApplicants.Repeat> expected = Map.of(
                List.of(c1, c2, u), new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 3, new BigDecimal("2000.00")),
                List.of(c2, c1, u), new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 3, new BigDecimal("2000.00")),
                List.of(c1, u, c2), new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 2, new BigDecimal("2000.00")),
                List.of(c2, u, c1), new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 2, new BigDecimal("2000.00")),
                List.of(u, c1, c2), new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 2, new BigDecimal("500.00")),
                List.of(u, c2, c1),
                new DuplicateApplicants.Repeat("p-1", "name", "甲", 1, 2, new BigDecimal("1000.00")));
        expected.forEach((order, repeat) -> {
            Duplicates d = new Duplicates(Long.MAX_VALUE);
            for (int i = 0; i < order.size(); i++) {
                d.add(order.get(i), i + 1, totals.get(order.get(i)));
            }
            assertThat(d.summary()).as(order.toString())
                    .isEqualTo(new DuplicateApplicants(1, repeat.total(), List.of(repeat), 0));
        });
    }
}
