package io.iprules.examples;

/**
 * A mistake on the command line (an unknown option, a value that is not a date…) in Chinese, for a Chinese run:
 * picocli words its messages in English, so its common templates are translated here, and the English follows in
 * brackets so that nothing picocli said is lost. A message no template matches is shown as picocli wrote it.
 */
final class CommandLineText {
    private CommandLineText() {
    }

    /** picocli's naming of an option, and of a repeatable one its label too ({@code '--calendar' (FILE)}). */
    private static final String OPTION = "^Invalid value for option '([^']*)'(?: \\([^)]*\\))?: ";

    /** First match wins. */
    private static final EnglishTemplates TEMPLATES = new EnglishTemplates()
            .add(OPTION + "must be a real date YYYY-MM-DD, not '(.*)'$",
                    "选项 $1 的取值无效:必须是有效日期 YYYY-MM-DD,而不是“$2”")
            .add(OPTION + "expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'$",
                    "选项 $1 的取值无效:应为 [$2] 之一(不区分大小写),而不是“$3”")
            .add(OPTION + "must be a share between 0 and 1, not '(.*)'$",
                    "选项 $1 的取值无效:必须是 0 到 1 之间的比例,而不是“$2”")
            .add(OPTION + "unknown language '(.*)': use zh or en$",
                    "选项 $1 的取值无效:未知语言“$2”,请用 zh 或 en")
            // picocli says "is not an int" of a whole number too large for one too
            .add(OPTION + "'([-+]?\\d+)' is not an? (?:int|long)$",
                    "选项 $1 的取值无效:“$2”超出可用范围(数值太大)")
            .add(OPTION + "'(.*)' is not an? (?:int|long)$", "选项 $1 的取值无效:“$2”不是整数")
            .add(OPTION + "must name a file, not be empty$", "选项 $1 的取值无效:文件名为空")
            .add(OPTION + "must name a file, not a folder \\(it ends with (.)\\)$",
                    "选项 $1 的取值无效:名称以 $2 结尾,指的是文件夹而不是文件")
            // a switch given a value (--resume=maybe)
            .add(OPTION + "'(.*)' is not a boolean$", "选项 $1 的取值无效:“$2”不是 true 或 false")
            .add(OPTION + "(.*)$", "选项 $1 的取值无效:$2")
            .add("^Invalid value for positional parameter at index \\d+ \\(([^)]*)\\): (.*)$", "参数 $1 的取值无效:$2")
            .add("^Unknown options?: (.*)$", "未知选项:$1")
            .add("^Missing required (?:parameters?|options?): (.*)$", "缺少必需的参数:$1")
            .add("^Missing required parameter for option '([^']*)' \\((.*)\\)$", "选项 $1 缺少取值($2)")
            .add("^name a command: (.*) \\(or help\\)$", "请指定一个命令:$1(或 help)")
            .add("^Unknown subcommand '(.*)'\\.$", "未知命令:'$1'") // help COMMAND
            .add("^Missing required subcommand$", "缺少子命令(evaluate、batch、policies……)")
            .add("^Unmatched arguments? from index \\d+: (.*)$", "多余的参数:$1")
            .add("^Unmatched argument at index \\d+: (.*)$", "无法识别的参数:$1")
            .add("^Expected parameter for option '([^']*)' but found '(.*)'$", "选项 $1 缺少取值(却遇到“$2”)")
            .add("^option '([^']*)' \\(.*\\) should be specified only once$", "选项 $1 只能给一次");

    /** picocli's suggestions for a mistyped command or option ("Did you mean: …?"), in Chinese. */
    static String suggestions(java.util.List<String> suggestions) {
        return "是否想用:" + String.join(" 或 ", suggestions) + "?";
    }

    /** The message in Chinese, with picocli's English after it; as written when no template matches. */
    static String chinese(String english) {
        String chinese = TEMPLATES.chinese(english);
        return chinese != null ? chinese + "(" + english + ")" : english;
    }
}
