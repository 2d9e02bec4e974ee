package io.iprules;

/**
 * A rule that fired during an evaluation, for tracing (the CLI's {@code --verbose}).
 *
 * @param rule     the rule's name in its rule file
 * @param citation the provision it implements
 */
public record FiredRule(String rule, String citation) {
}
