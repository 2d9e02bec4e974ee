package io.iprules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One thing wrong with a request: its two wordings, how it reads, when two are the same, and how long it may be. */
class ProblemTest {
    private static final Problem BOTH = new Problem("applicant.name", "is required", "必填");

    @Test
    void aProblemReadsInEitherLanguageAndInEnglishWhenItHasNoChinese() {
        assertThat(BOTH.toString()).isEqualTo("applicant.name: is required");
        assertThat(BOTH.toString(Language.ZH)).isEqualTo("applicant.name: 必填");
        assertThat(BOTH.toString(Language.EN)).isEqualTo("applicant.name: is required");
        assertThat(BOTH.bilingual()).isTrue();
        Problem english = new Problem("", "not valid JSON");
        assertThat(english.toString()).isEqualTo("not valid JSON"); // the request as a whole: no path
        assertThat(english.toString(Language.ZH)).isEqualTo("not valid JSON");
        assertThat(english.bilingual()).isFalse();
        assertThat(Problem.of("", Text.bilingual("不是有效的 JSON", "not valid JSON")).toString(Language.ZH))
                .isEqualTo("不是有效的 JSON");
    }

    /** The last of a cut list says there are more and is no problem itself; a problem worded alike at a path is one. */
    @Test
    void theEndOfACutListIsToldFromAProblem() {
        assertThat(InvalidRequestException.saysThereAreMore(InvalidRequestException.more(4_900))).isTrue();
        assertThat(InvalidRequestException.saysThereAreMore(InvalidRequestException.more(1))).isTrue();
        assertThat(InvalidRequestException.saysThereAreMore(InvalidRequestException.notCheckedFurther())).isTrue();
        assertThat(InvalidRequestException.saysThereAreMore(BOTH)).isFalse();
        assertThat(InvalidRequestException.saysThereAreMore(new Problem("", "…and a value"))).isFalse();
        assertThat(InvalidRequestException.saysThereAreMore(new Problem("f", "…and 3 more"))).isFalse();
    }

    @Test
    void twoProblemsAreTheSameWhenTheirPathAndEnglishAre() {
        Problem otherChinese = new Problem("applicant.name", "is required", "不能为空");
        assertThat(otherChinese).isEqualTo(BOTH).hasSameHashCodeAs(BOTH);
        assertThat(new Problem("applicant.name", "is required")).isEqualTo(BOTH);
        assertThat(new Problem("applicant.code", "is required", "必填")).isNotEqualTo(BOTH);
        assertThat(new Problem("applicant.name", "is not a name", "必填")).isNotEqualTo(BOTH);
        assertThat((Object) BOTH).isNotEqualTo("applicant.name: is required");
    }

    /** A message longer than 1,000 characters keeps its first 500 and says how long it was, in its language. */
    @Test
    void aMessageOverTheLimitIsCutToHalfOfItSayingHowLongItWas() {
        String thousand = "x".repeat(Problem.MAX_MESSAGE);
        assertThat(new Problem("", thousand, thousand).message()).isEqualTo(thousand);
        Problem long1001 = new Problem("", thousand + "y", "字".repeat(1001));
        assertThat(long1001.message()).isEqualTo("x".repeat(500) + "… (1001 characters in all)");
        assertThat(long1001.chinese()).isEqualTo("字".repeat(500) + "… (1001 个字符)");
        assertThat(Problem.shortened(thousand + "y", Language.ZH)).isEqualTo("x".repeat(500) + "… (1001 个字符)");
    }

    /** An exception sent across a serialising boundary (RMI, a cache) still lists its problems, in both languages. */
    @Test
    void aSerialisedInvalidRequestKeepsItsProblems() throws Exception {
        InvalidRequestException e = new InvalidRequestException("applicant.name", "名称不能为空", "must not be blank");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        Object back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        InvalidRequestException copy = (InvalidRequestException) back;
        assertThat(copy.problems()).containsExactly(new Problem("applicant.name", "must not be blank", "名称不能为空"));
        assertThat(copy.problems().get(0).message(Language.ZH)).isEqualTo("名称不能为空");
        assertThat(copy.getMessage()).isEqualTo(e.getMessage());
    }
}
