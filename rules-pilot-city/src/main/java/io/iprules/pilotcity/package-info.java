/**
 * pilot-city-2017 (国知办发管字〔2017〕30号): not encoded yet. The module exists so the build has its final shape;
 * it declares no {@link io.iprules.spi.PolicyModule}, so the engine does not offer the policy.
 */
package io.iprules.pilotcity;
