/**
 * Public API: The built-in lint rules, one class each; the class name is the rule id. Each class's javadoc
 * says why the rule exists, its {@code summary()} what it finds. Users do not call these classes;
 * they configure them by id.
 */
package io.contractspec.governance.lint.rules;
