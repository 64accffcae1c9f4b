/** Implementation of the GraphQL surface; not for use outside this module. */
package io.contractspec.graphql.internal;
