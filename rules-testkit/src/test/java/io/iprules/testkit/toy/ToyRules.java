package io.iprules.testkit.toy;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.iprules.kit.Decision;
import java.util.List;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.model.Variable;

/**
 * The toy policy's one rule ({@code toy §1}: the count is positive), in Drools' executable-model DSL as the
 * kie-maven-plugin would generate it; listed by {@code META-INF/kie/…/drools-model} in the test resources.
 */
public class ToyRules implements Model {
    private final List<Rule> rules;

    public ToyRules() {
        Variable<Decision> d = declarationOf(Decision.class);
        Variable<ToyApplicant> a = declarationOf(ToyApplicant.class);
        rules = List.of(rule("io.iprules.testkit.toy", "count").metadata("citation", "toy §1").build(
                pattern(d),
                pattern(a),
                on(d, a).execute((decision, applicant) -> decision.condition("TOY_POSITIVE", applicant.name(),
                        applicant.count() > 0, applicant.count().toString(), "> 0", null,
                        applicant.count() > 0 ? null : Integer.toString(1 - applicant.count())))));
    }

    @Override
    public String getName() {
        return getClass().getName();
    }

    @Override
    public String getPackageName() {
        return "io.iprules.testkit.toy";
    }

    @Override
    public List<Global> getGlobals() {
        return List.of();
    }

    @Override
    public List<Rule> getRules() {
        return rules;
    }

    @Override
    public List<Query> getQueries() {
        return List.of();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
        return List.of();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
        return List.of();
    }
}
