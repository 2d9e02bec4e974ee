package io.iprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iprules.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help follows --lang as the rest of the command does: Chinese by default (usage_zh.properties), the
 * annotations' English with --lang en. A command, option or footer added without its Chinese fails here.
 */
class UsageHelpLanguageTest {

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Every command of the tree, the root first. */
    private static List<CommandSpec> commands(CommandLine cl) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(cl.getCommandSpec());
        for (CommandLine sub : new LinkedHashSet<>(cl.getSubcommands().values())) {
            all.addAll(commands(sub));
        }
        return all;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    /** With the Chinese bundle, no text of the usage help is left in English only. */
    @Test
    void everyCommandOptionAndFooterHasChinese() {
        List<String> untranslated = new ArrayList<>();
        for (CommandSpec c : commands(IpRules.commandLine(Language.ZH))) {
            String command = c.qualifiedName(" ");
            var usage = c.usageMessage();
            String about = String.join(" ", usage.description()) + String.join(" ", usage.header());
            if (!hasChinese(about)) {
                untranslated.add(command + ": description " + Arrays.toString(usage.description()));
            }
            for (String line : usage.header()) {
                if (!line.isBlank() && !hasChinese(line)) {
                    untranslated.add(command + ": header " + line);
                }
            }
            for (String line : usage.description()) {
                if (!line.isBlank() && !hasChinese(line)) {
                    untranslated.add(command + ": description line " + line);
                }
            }
            for (String line : usage.footer()) {
                if (!line.isBlank() && !hasChinese(line)) {
                    untranslated.add(command + ": footer " + line);
                }
            }
            if (!hasChinese(usage.synopsisHeading())) {
                untranslated.add(command + ": synopsis heading " + usage.synopsisHeading());
            }
            if (!c.subcommands().isEmpty() && !hasChinese(usage.commandListHeading())) {
                untranslated.add(command + ": command list heading " + usage.commandListHeading());
            }
            for (String heading : List.of(usage.optionListHeading(), usage.parameterListHeading(),
                    usage.descriptionHeading(), usage.footerHeading(), usage.headerHeading())) {
                if (!heading.isBlank() && !hasChinese(heading)) {
                    untranslated.add(command + ": heading " + heading);
                }
            }
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden()) {
                    continue;
                }
                for (String line : arg.description()) {
                    if (!hasChinese(line)) {
                        untranslated.add(command + " " + name(arg) + ": " + line);
                    }
                }
                if (arg.description().length == 0) {
                    untranslated.add(command + " " + name(arg) + ": no description");
                }
            }
        }
        assertThat(untranslated).as("usage help without Chinese (add it to usage_zh.properties)").isEmpty();
    }

    /** With --lang en the usage help is the annotations' English, untouched by the Chinese bundle. */
    @Test
    void englishHasNoChinese() {
        List<String> chinese = new ArrayList<>();
        for (CommandSpec c : commands(IpRules.commandLine(Language.EN))) {
            String usage = c.commandLine().getUsageMessage();
            if (hasChinese(usage)) {
                chinese.add(c.qualifiedName(" ") + ":\n" + usage);
            }
        }
        assertThat(chinese).isEmpty();
    }

    /**
     * Every key of usage_zh.properties is one picocli looks up for a command, option or parameter of the tree: a
     * renamed option or command leaves no stale translation behind.
     */
    @Test
    void everyKeyOfTheBundleIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = IpRules.class.getResourceAsStream("usage_zh.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> looked = new TreeSet<>(List.of("usage.synopsisHeading", "usage.commandListHeading"));
        for (CommandSpec c : commands(IpRules.commandLine(Language.EN))) {
            String q = c.qualifiedName(".") + ".";
            for (String key : List.of("usage.description", "usage.header", "usage.footer", "usage.synopsisHeading")) {
                looked.add(q + key);
            }
            for (OptionSpec o : c.options()) {
                if (!o.descriptionKey().isEmpty()) {
                    looked.add(o.descriptionKey());
                    looked.add(q + o.descriptionKey());
                }
                for (String n : o.names()) {
                    String stripped = n.replaceFirst("^-+", "");
                    looked.add(stripped);
                    looked.add(q + stripped);
                }
            }
            for (PositionalParamSpec p : c.positionalParameters()) {
                if (!p.descriptionKey().isEmpty()) {
                    looked.add(p.descriptionKey());
                    looked.add(q + p.descriptionKey());
                }
                looked.add(q + p.paramLabel() + "[" + p.index() + "]");
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (!looked.contains(key.replaceFirst("\\.\\d+$", ""))) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys of usage_zh.properties no command, option or parameter looks up").isEmpty();
    }

    /** Columns a terminal gives the text: CJK ideographs and full-width forms take two. */
    private static int columns(String line) {
        return line.codePoints().map(c -> {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1;
        }).sum();
    }

    /** The Chinese help, wide characters counted as two columns, stays within the usage width (80 here). */
    @Test
    void chineseHelpWrapsWithinTheWidth() {
        List<String> tooWide = new ArrayList<>();
        for (CommandSpec c : commands(IpRules.commandLine(Language.ZH))) {
            int width = c.usageMessage().width();
            for (String line : c.commandLine().getUsageMessage().split("\\R")) {
                if (columns(line) > width) {
                    tooWide.add(c.qualifiedName(" ") + " (" + columns(line) + " > " + width + "): " + line);
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void evaluateHelpIsChineseByDefaultAndEnglishWithLangEn() {
        CliTest.Run zh = CliTest.run("evaluate", "--help");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).startsWith("用法:\nip-rules evaluate [-hvV] [--as-of=YYYY-MM-DD] [--format=text|json]\n"
                        + "                  [--lang=zh|en] ")
                .contains("\n评估一个请求并输出结果(请求为 JSON,格式见 `ip-rules schema` 与项目的",
                        "请求文件;- 表示读取标准输入。", "输出格式(默认:text)。", "结果说明与本帮助所用的语言(默认:zh)。",
                        "以此日期为评估日期", "部署参数文件:", "中国工作日日历", "显示此帮助信息并退出。", "显示版本信息并退出。")
                .doesNotContain("Usage:", "Evaluates one request", "Show this help message");
        for (String[] args : List.of(new String[] {"evaluate", "--help", "--lang", "en"},
                new String[] {"evaluate", "--lang=en", "--help"})) {
            CliTest.Run en = CliTest.run(args);
            assertThat(en.exit()).isZero();
            assertThat(en.out()).startsWith("Usage: ip-rules evaluate ")
                    .contains("Evaluates one request (JSON as `ip-rules schema` and the project's", "Output format "
                            + "(default: text).",
                            "Deployment parameter file:", "Show this help message and exit.",
                            "Print version information and exit.");
            assertThat(en.out().replaceAll("\\s+", " ")).contains( // wrapped after "(default:"
                    "Language of the explanations and this help (default: zh).");
            assertThat(hasChinese(en.out())).as(en.out()).isFalse();
        }
    }

    @Test
    void theCommandListIsChinese() {
        CliTest.Run zh = CliTest.run("--help");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).startsWith("用法:\nip-rules [-hV] [--lang=zh|en] [COMMAND]\n判定申请人依中国知识产权政策应得什么")
                .contains("命令:\n", "  evaluate  评估一个请求并输出结果", "  batch     逐行评估请求", "  replay    复核决定回执",
                        "  report    评估一个请求,将结果写成一个独立的 HTML 页面", "  policies  列出各项政策", "  generate  为一项政策生成",
                        "  schema    输出一项政策的请求的 JSON Schema", "  serve     通过 HTTP 提供 JSON 接口",
                        "  help      显示指定命令的帮助信息。", "退出码:0 已评估;", "replay:0 逐字节复核一致;")
                .doesNotContain("Commands:", "Exit codes");
        CliTest.Run batch = CliTest.run("help", "batch");
        assertThat(batch.out()).startsWith("用法:\nip-rules batch ").contains("逐行评估请求", "另将汇总以 JSON 写入 FILE。",
                "--[no-]progress", "显示进度条");
        CliTest.Run help = CliTest.run("help", "help");
        assertThat(help.out()).startsWith("显示指定命令的帮助信息。\n\n用法:\nip-rules help [-h] [--lang=zh|en] [COMMAND]\n")
                .contains("未给出 COMMAND 时,显示主命令的用法帮助。");
        CliTest.Run unknown = CliTest.run("help", "nosuch");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("未知命令:'nosuch'(Unknown subcommand 'nosuch'.)\n用法:\nip-rules [-hV] "
                + "[--lang=zh|en] [COMMAND]\n");
        CliTest.Run en = CliTest.run("help", "batch", "--lang", "en");
        assertThat(en.out()).startsWith("Usage: ip-rules batch ").contains("Also write the summary as JSON to FILE.");
    }

    /** help takes --lang before or after its COMMAND, like every command, and refuses a language it lacks. */
    @Test
    void theHelpCommandTakesTheLanguageOption() {
        for (String[] args : List.of(new String[] {"help", "--lang", "en"}, new String[] {"help", "--lang=en"})) {
            CliTest.Run en = CliTest.run(args);
            assertThat(en.exit()).as(String.join(" ", args)).isZero();
            assertThat(en.err()).isEmpty();
            assertThat(en.out()).startsWith("Usage: ip-rules [-hV] [--lang=zh|en] [COMMAND]\n").contains("Commands:");
            assertThat(hasChinese(en.out())).as(en.out()).isFalse();
        }
        CliTest.Run batch = CliTest.run("help", "--lang", "en", "batch");
        assertThat(batch.exit()).isZero();
        assertThat(batch.out()).startsWith("Usage: ip-rules batch ");
        CliTest.Run zh = CliTest.run("help", "--lang", "zh", "batch");
        assertThat(zh.out()).startsWith("用法:\nip-rules batch ");
        CliTest.Run itself = CliTest.run("help", "help", "--lang", "en");
        assertThat(itself.out())
                .startsWith("Display help information about the specified command.\n\nUsage: ip-rules help ")
                .contains("--lang=zh|en", "Language of this help (default: zh).");
        CliTest.Run french = CliTest.run("help", "--lang", "fr");
        assertThat(french.exit()).isEqualTo(2);
        assertThat(french.out()).isEmpty();
        assertThat(french.err()).contains("'fr'");
        CliTest.Run unknown = CliTest.run("help", "nosuch", "--lang", "en");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .startsWith("Unknown subcommand 'nosuch'.\nUsage: ip-rules [-hV] [--lang=zh|en] [COMMAND]\n");
    }

    /** A mistaken command line in a Chinese run: the message and the usage after it are both Chinese. */
    @Test
    void theUsageAfterAMistakeFollowsTheLanguage() {
        CliTest.Run zh = CliTest.run("evaluate", "--bogus", "requests/jiaxing-pilot-and-provincial-demo.json");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.out()).isEmpty();
        assertThat(zh.err()).startsWith("未知选项:'--bogus'(Unknown option: '--bogus')\n用法:\nip-rules evaluate ")
                .contains("请求文件;- 表示读取标准输入。").doesNotContain("Usage:", "The request file");
        CliTest.Run en = CliTest.run("evaluate", "--bogus", "requests/jiaxing-pilot-and-provincial-demo.json", "--lang",
                "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).startsWith("Unknown option: '--bogus'\nUsage: ip-rules evaluate ")
                .contains("The request file, or - to read standard input.");
        assertThat(hasChinese(en.err())).isFalse();
        CliTest.Run none = CliTest.run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err())
                .startsWith("请指定一个命令:evaluate, batch, replay, report, policies, generate, schema, serve(或 help)")
                .contains("\n用法:\nip-rules [-hV] [--lang=zh|en] [COMMAND]\n", "命令:");
    }

    /**
     * {@code --resume} keeps the {@code .partial} up to its last checkpoint (README), which may be chunks behind the
     * last complete one: checkpoints offered while the disk is busy with a sync are skipped.
     */
    @Test
    void theResumeOptionSaysItKeepsTheResultsUpToTheLastCheckpoint() {
        for (Language lang : Language.values()) {
            String said = String.join(" ", IpRules.commandLine(lang).getSubcommands().get("batch").getCommandSpec()
                    .findOption("--resume").description());
            assertThat(said).as(lang.tag()).contains(lang == Language.ZH ? "直到最后一个检查点的结果" : "up to its last checkpoint")
                    .doesNotContain("完整块", "complete chunk");
        }
    }
}
