/**
 * The working types of beijing-2012's rules: the facts its rule files match and the helpers their consequences call,
 * beside the rule files of this package (which the executable model compiles into it). Public because the compiled
 * rules and the module class use them; not API: they change with the rules, in any release. Callers use the
 * module's request types in {@code io.iprules.beijing} through {@link io.iprules.RulesEngine}.
 */
package io.iprules.beijing.rules;
