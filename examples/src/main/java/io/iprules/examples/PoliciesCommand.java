package io.iprules.examples;

import io.iprules.PolicyDescription;
import io.iprules.RulesEngine;
import io.iprules.json.JsonContract;
import io.iprules.report.SafeText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip-rules policies [POLICY]}: every policy (or one), its period in force, provisions and parameters. */
@Command(name = "policies", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Lists the policies (or the one named): document, period in force, provisions (implemented or "
                + "not, and why), parameters with their values and sources, the data each decides with.")
final class PoliciesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "POLICY",
            description = "A policy id: that policy alone (in JSON, the object GET /v1/policies/{id} answers).")
    String policy;

    @Mixin
    IpRules.OutputOptions output;

    @Mixin
    IpRules.EngineOptions options;

    @Override
    public Integer call() {
        RulesEngine engine = options.engine(output.lang);
        JsonContract contract = new JsonContract(engine);
        Io io = Io.get();
        // an unknown id: exit 2 naming the known ones, as a request naming it is told
        if (output.json()) {
            io.out().println(policy == null ? contract.writePolicies(output.lang)
                    : contract.writePolicy(policy, output.lang));
        } else {
            List<PolicyDescription> listed = policy == null ? engine.policies()
                    : List.of(contract.policyNamed(policy));
            // a parameter file's source is the deployer's text: never printed raw
            io.out().print(SafeText.escapeKeepingLines(PolicyListing.render(listed, output.lang)));
        }
        return IpRules.OK;
    }
}
