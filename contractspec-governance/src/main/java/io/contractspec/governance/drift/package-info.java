/**
 * Public API: drift between the contracts and the artifacts generated from them.
 */
package io.contractspec.governance.drift;
