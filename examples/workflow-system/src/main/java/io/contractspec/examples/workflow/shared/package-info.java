/**
 * What every feature's contracts share: spec defaults, page fields, storage limits, event payload
 * basics, and the list-page helper of the handlers.
 */
package io.contractspec.examples.workflow.shared;
