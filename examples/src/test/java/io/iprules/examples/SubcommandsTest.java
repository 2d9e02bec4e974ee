package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run that names its subcommand builds that one only; every other run gets them all, in the usage's order. */
class SubcommandsTest {
    private static final List<String> USAGE_ORDER =
            List.of("evaluate", "batch", "replay", "report", "policies", "generate", "schema", "serve", "help");

    @Test
    void eachNameIsTheNameItsCommandDeclares() {
        assertThat(IpRules.SUBCOMMANDS.keySet()).containsExactlyElementsOf(USAGE_ORDER);
        IpRules.SUBCOMMANDS.forEach((name, command) ->
                assertThat(command.get().getClass().getAnnotation(Command.class).name()).isEqualTo(name));
    }

    @Test
    void aRunNamingItsSubcommandGetsThatOneOnly() {
        CommandLine evaluate = IpRules.commandLine(Language.EN, new String[] {"evaluate", "-"});
        assertThat(evaluate.getSubcommands().keySet()).containsExactly("evaluate");
        assertThat(evaluate.getSubcommands().get("evaluate").getCommandSpec().qualifiedName())
                .isEqualTo("ip-rules evaluate");
    }

    @Test
    void helpAMistakeOrARootOptionGetsThemAll() {
        for (String[] args : List.of(new String[0], new String[] {"help", "batch"}, new String[] {"evalute"},
                new String[] {"--version"}, new String[] {"--lang", "en", "evaluate"})) {
            assertThat(IpRules.commandLine(Language.ZH, args).getSubcommands().keySet())
                    .as(String.join(" ", args)).containsExactlyElementsOf(USAGE_ORDER);
        }
    }

    @Test
    void theSettingsReachTheSubcommandAddedAlone() {
        // picocli gives a setting to the subcommands present when it is set: the one added alone must have them
        CommandLine batch = IpRules.commandLine(Language.ZH, new String[] {"batch"}).getSubcommands().get("batch");
        assertThat(batch.isCaseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(batch.getResourceBundle()).isNotNull();
        assertThat(batch.getResourceBundle().getLocale()).isEqualTo(java.util.Locale.CHINESE);
    }
}
