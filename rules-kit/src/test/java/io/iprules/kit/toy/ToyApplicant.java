package io.iprules.kit.toy;

/**
 * The kit toy's request: an enterprise's granted patents (§1) and whether its work plan is issued (§2).
 *
 * @param name        the enterprise
 * @param patents     granted patents
 * @param planIssued  whether the work plan is issued, or {@code null} when the request does not say
 */
public record ToyApplicant(String name, Integer patents, Boolean planIssued) {
}
