package io.iprules.examples;

import io.iprules.RulesEngine;
import io.iprules.schema.ContractSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip-rules schema [POLICY]}: the JSON Schema (draft 2020-12) of the contract. */
@Command(name = "schema", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema (draft 2020-12) of a policy's requests; without POLICY, every "
                + "policy's, the result's, the error's and the policies listing's in one document.",
                "POLICY may also be 'result', 'error' or 'policies' (what `policies --format json` prints)."})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "POLICY", description = "A policy id, 'result', 'error' or "
            + "'policies'.")
    String policy;

    /**
     * The schemas are in English whatever the language; an unknown policy is told in this one, as every command's
     * mistakes are (the run's language is read from the arguments: see {@link IpRules#language}).
     */
    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of the messages and this help (default: ${DEFAULT-VALUE}); the schemas are the "
                    + "same.")
    io.iprules.Language lang;

    @Override
    public Integer call() {
        ContractSchemas schemas = new ContractSchemas(RulesEngine.builder().build());
        // an unknown id: exit 2 naming the known ones
        String out = ContractSchemas.write(policy == null ? schemas.all() : schemas.named(policy));
        Io.get().out().print(out);
        return IpRules.OK;
    }
}
