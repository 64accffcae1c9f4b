/** Internal: the importer's mapping rules and Java source writing; not for applications. */
package io.contractspec.openapi.internal;
