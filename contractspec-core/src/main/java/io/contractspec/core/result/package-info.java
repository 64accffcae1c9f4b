/**
 * Public API: problem documents, the standard error codes and the exception a handler throws to fail with one.
 */
package io.contractspec.core.result;
