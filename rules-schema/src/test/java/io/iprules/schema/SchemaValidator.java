package io.iprules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** A real JSON Schema validator (networknt, draft 2020-12, formats asserted) over a schema of ours. */
final class SchemaValidator {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Schema schema;

    SchemaValidator(JsonNode schema) {
        this.schema = REGISTRY.getSchema(ContractSchemas.write(schema), InputFormat.JSON);
    }

    /** What is wrong with {@code json} by the schema; empty when it is valid. */
    List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
