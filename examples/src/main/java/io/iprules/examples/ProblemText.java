package io.iprules.examples;

import io.iprules.Language;

/**
 * A fallback only: the problems of this library's core, kit and policy modules carry their Chinese wording from where
 * they are made ({@link io.iprules.Problem#chinese()}). A {@code PolicyModule} of a third party may still give English
 * alone; for those, the common English templates are translated here on a Chinese run, and a message no template
 * matches is shown as written.
 */
final class ProblemText {
    private ProblemText() {
    }

    /** First match wins: the longer forms before their prefixes. */
    private static final EnglishTemplates TEMPLATES = new EnglishTemplates()
            .add("^is required: one of (.*)$", "必须填写,可选:$1")
            .add("^is required$", "必须填写")
            .add("^must not be null$", "不能为空值(null)")
            .add("^must not be negative, but is (.*)$", "不能为负数,现为 $1")
            .add("^must be > 0, but is (.*)$", "必须大于 0,现为 $1")
            .add("^must be greater than 0: (.*)$", "必须大于 0:$1")
            .add("^must be a JSON object, not (.*)$", "必须是 JSON 对象,而不是 $1")
            .add("^must be a string, not (.*)$", "必须是字符串,而不是 $1")
            // the core's and the kit's words for a count written with a fraction or an exponent (65e2 is whole)
            .add("^must be written as a whole number, without a decimal point or an exponent, not (.*)$",
                    "必须写成不带小数点或指数的整数,而不是 $1")
            .add("^must be a whole number, not (.*)$", "必须是整数,而不是 $1")
            .add("^must be a decimal number, not (.*)$", "必须是数值,而不是 $1")
            .add("^must be a number, not (.*)$", "必须是数值,而不是 $1")
            .add("^must be a (?:real )?date(?: string)? YYYY-MM-DD, not (.*)$", "必须是有效日期 YYYY-MM-DD,而不是 $1")
            .add("^must be a (?:real )?date(?: string)? YYYY-MM-DD$", "必须是有效日期 YYYY-MM-DD")
            .add("^not a date YYYY-MM-DD(.*)$", "不是日期 YYYY-MM-DD$1")
            .add("^must be one of (.*)$", "必须是以下之一:$1")
            .add("^must be at most (.*)$", "不能超过 $1")
            .add("^unknown field; expected one of (.*)$", "未知字段;可用字段:$1")
            .add("^unknown field; expected (.*)$", "未知字段;应为 $1")
            .add("^unknown field(.*)$", "未知字段$1")
            .add("^unknown indicator code; expected one of (.*)$", "未知指标代码;可用:$1")
            .add("^unknown value (.*)$", "未知取值 $1")
            .add("^check character is '(.)' but GB 32100-2015 gives '(.)'(.*)$",
                    "校验码为“$1”,但按 GB 32100-2015 应为“$2”$3")
            .add("^not valid JSON: (.*)$", "不是有效的 JSON:$1")
            .add("^the request is empty(.*)$", "请求为空$1")
            .add("^the request must be a JSON object, not (.*)$", "请求必须是 JSON 对象,而不是 $1")
            .add("^the line is empty; expected a JSON request$", "该行为空;应为一个 JSON 请求")
            .add("^the line is longer than (\\d+) bytes$", "该行超过 $1 字节");

    /** {@code message} in {@code lang}: English as written; Chinese when a template matches. */
    static String in(Language lang, String message) {
        if (lang != Language.ZH || message == null) {
            return message;
        }
        String chinese = TEMPLATES.chinese(message);
        return chinese != null ? chinese : message;
    }
}
