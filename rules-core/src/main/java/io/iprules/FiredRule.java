package io.iprules;

/**
 * A rule that fired during an evaluation, for tracing (the CLI's {@code --verbose}).
 *
 * @param rule     the rule's name in its rule file
 * @param citation the provision it implements
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1.0")
public record FiredRule(String rule, String citation) {
}
