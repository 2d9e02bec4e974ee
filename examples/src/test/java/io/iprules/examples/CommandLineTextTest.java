package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * picocli's English in Chinese ({@link CommandLineText}, through {@link EnglishTemplates}): what the command's own
 * tests cannot reach, as every message picocli gives these commands has a template.
 */
class CommandLineTextTest {

    /**
     * A message no template knows (one a later picocli may word) is shown as picocli wrote it, not as empty Chinese
     * with the English in brackets after it.
     */
    @Test
    void aMessageNoTemplateKnowsIsShownAsPicocliWroteIt() {
        String later = "Error: option '--out' cannot be combined with '--resume-from'";
        assertThat(CommandLineText.chinese(later)).isEqualTo(later);
        assertThat(CommandLineText.chinese("Unknown option: '--outt'"))
                .isEqualTo("未知选项:'--outt'(Unknown option: '--outt')");
    }

    /**
     * Templates are tried in the order they were added and the first that matches the whole message wins, so a
     * longer form goes before its prefix; a message that only begins like one is not translated by it.
     */
    @Test
    void theFirstTemplateThatMatchesTheWholeMessageWins() {
        EnglishTemplates templates = new EnglishTemplates()
                .add("^is required: one of (.*)$", "必须填写,可选:$1")
                .add("^is required(.*)$", "必须填写$1")
                .add("^must be one of (.*)$", "必须是以下之一:$1");
        assertThat(templates.chinese("is required: one of zh, en")).isEqualTo("必须填写,可选:zh, en");
        assertThat(templates.chinese("is required")).isEqualTo("必须填写");
        assertThat(templates.chinese("must be one of A, B")).isEqualTo("必须是以下之一:A, B");
        assertThat(templates.chinese("it must be one of A, B")).isNull();
    }
}
