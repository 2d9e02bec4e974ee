/**
 * anning-2022 (安宁市国家知识产权强县建设试点县工作方案 2022—2025): not encoded yet. The module exists so the build
 * has its final shape; it declares no {@link io.iprules.spi.PolicyModule}, so the engine does not offer the policy.
 */
package io.iprules.anning;
