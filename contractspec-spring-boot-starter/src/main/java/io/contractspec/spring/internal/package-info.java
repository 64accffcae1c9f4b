/** Implementation of the starter: route registration, request handling, handler discovery, transactions. Not API. */
package io.contractspec.spring.internal;
