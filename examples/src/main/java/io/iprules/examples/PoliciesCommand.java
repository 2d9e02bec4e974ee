package io.iprules.examples;

import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.report.SafeText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ip-rules policies}: every policy, its period in force, provisions and parameters. */
@Command(name = "policies", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Lists the policies: document, period in force, provisions (implemented or not, and why), "
                + "parameters with their values and sources.")
final class PoliciesCommand implements Callable<Integer> {

    @Mixin
    IpRules.OutputOptions output;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        RulesEngine engine = options.engine(output.lang);
        Io io = Io.get();
        if (output.json()) {
            io.out().println(new JsonContract(engine).writePolicies(output.lang));
        } else {
            // a parameter file's source is the deployer's text: never printed raw
            io.out().print(SafeText.escapeKeepingLines(PolicyListing.render(engine.policies(), output.lang)));
        }
        return IpRules.OK;
    }
}
