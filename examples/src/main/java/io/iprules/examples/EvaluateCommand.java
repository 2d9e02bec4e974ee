package io.iprules.examples;

import io.iprules.EvaluationResult;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip-rules evaluate FILE|-}: one request, its result in text or JSON. */
@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Evaluates one request (JSON as `ip-rules schema` and the project's docs/contract.md "
                + "describe it) and prints the result.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The request file, or - to read standard input.")
    String file;

    @Mixin
    IpRules.OutputOptions output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IpRules.DateConverter.class,
            description = "Evaluate as of this date, whatever the request says. Without it and without asOf in the "
                    + "request, today in China (Asia/Shanghai) is used and the result says so.")
    LocalDate asOf;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        Targets.checkStandardOutput(InputFiles.pathOrStdin(file, output.lang), options.dataFiles(), output.lang);
        byte[] json = read(file, output.lang);
        RulesEngine engine = options.engine(output.lang);
        JsonContract contract = new JsonContract(engine);
        EvaluationResult result = contract.evaluate(json, IpRules.today(), asOf);
        Io io = Io.get();
        if (output.json()) {
            io.out().println(contract.writePretty(result, output.lang, options.verbose));
        } else {
            io.out().print(Reports.text(result, engine.policy(result.policy()), output.lang, options.verbose));
        }
        return IpRules.OK;
    }

    /** A request file or standard input, read up to the largest request + 1 byte. */
    static byte[] read(String file, io.iprules.Language lang) {
        return InputFiles.request(file, lang);
    }
}
