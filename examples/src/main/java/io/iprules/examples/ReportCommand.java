package io.iprules.examples;

import io.iprules.EvaluationResult;
import io.iprules.IndicatorSummary;
import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.report.Reports;
import io.iprules.report.SafeText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ip-rules report FILE --html OUT.html}: evaluates a request and writes its target indicators as one
 * self-contained HTML page ({@link Reports#html}) showing every kind of result it holds: conditions, awards and
 * exclusions as a budget, indicators, deadlines on a working-day timeline, measures.
 */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Evaluates one request and writes its result as one self-contained HTML page "
                + "(conditions, awards and budget, indicators, deadlines, measures, the clauses cited; no "
                + "external assets, works offline).")
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The request file, or - to read standard input.")
    String file;

    @Option(names = "--html", required = true, paramLabel = "OUT.html", converter = IpRules.FileNameConverter.class,
            description = "Where to write the page (- for standard output). An existing file is replaced once the page "
                    + "is complete; the request file itself is refused.")
    String html;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the page and this help (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IpRules.DateConverter.class,
            description = "Evaluate as of this date, whatever the request says.")
    LocalDate asOf;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        Path out = "-".equals(html) ? null : Path.of(html);
        if (out != null) {
            // before any work: a page written over the request would destroy it, and a wrong folder is the user's
            Targets.checkPage(InputFiles.pathOrStdin(file, lang), options.dataFiles(), out, lang);
        } else {
            Targets.checkStandardOutput(InputFiles.pathOrStdin(file, lang), options.dataFiles(), lang);
        }
        byte[] json = EvaluateCommand.read(file, lang);
        RulesEngine engine = options.engine(lang);
        EvaluationResult result = new JsonContract(engine).evaluate(json, IpRules.today(), asOf);
        String page = Reports.html(result, engine.policy(result.policy()), lang);
        Io io = Io.get();
        if (out == null) {
            io.out().print(page);
            io.out().flush();
            return IpRules.OK;
        }
        // beside the target, then renamed over it: a failed write (a full disk) leaves the previous page as it was
        Targets.replace(out, page.getBytes(StandardCharsets.UTF_8), lang);
        IndicatorSummary s = result.indicatorSummary();
        io.out().println(result.indicators().isEmpty()
                ? Messages.LABELS.format(lang, "report.written.any", new Object[] {SafeText.escape(html)})
                : Messages.LABELS.format(lang, "report.written", new Object[] {SafeText.escape(html),
                Messages.LABELS.format(lang, "indicators.summary", new Object[] {
                        new io.iprules.kit.Count(s.met()), new io.iprules.kit.Count(s.notMet()),
                        new io.iprules.kit.Count(s.unknown()), new io.iprules.kit.Count(s.total())})}));
        return IpRules.OK;
    }
}
