/**
 * Public API: compiling generated contract sources in memory, as a user's build would, to test
 * the generators that write them (the OpenAPI import, say).
 */
package io.contractspec.testing.compile;
