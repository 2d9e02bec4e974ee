package io.iprules.examples;

import io.iprules.Language;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ip-rules policies}: every policy, its period in force, provisions and parameters. */
@Command(name = "policies", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Lists the policies: document, period in force, provisions (implemented or not, and why), "
                + "parameters with their values and sources.")
final class PoliciesCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    IpRules.Format format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        RulesEngine engine = options.engine();
        Io io = Io.get();
        if (format == IpRules.Format.JSON) {
            io.out().println(new JsonContract(engine).writePolicies(lang));
        } else {
            io.out().print(PolicyListing.render(engine.policies(), lang));
        }
        return IpRules.OK;
    }
}
