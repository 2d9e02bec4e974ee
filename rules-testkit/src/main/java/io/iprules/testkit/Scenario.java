package io.iprules.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One scenario file: a request, the deployment parameters it needs (if any), and what the evaluation must
 * give. The format is documented in the README ("Scenario files").
 *
 * @param file       where it was read from
 * @param title      what it shows, in a sentence
 * @param parameters a deployment parameter file's content (policy id → parameter → values), or {@code null}
 * @param request    the request, in the contract's JSON
 * @param expect     the expected result fields, in the contract's JSON (English texts), or {@code null}
 * @param expectError the expected problems when the request must be refused, or {@code null}
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record Scenario(Path file, String title, JsonNode parameters, JsonNode request, JsonNode expect,
                       JsonNode expectError) {
}
