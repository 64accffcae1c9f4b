/** Public API: third-party checkers (npm packages pinned in {@code tools/package.json}) run from tests. */
package io.contractspec.testing.tools;
