/**
 * The policy kit: building blocks a policy module uses to implement the SPI of {@code rules-core}. Policy-neutral:
 * no type or word of any one policy lives here.
 */
package io.iprules.kit;
