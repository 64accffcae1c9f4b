/** Implementation shared by the governance packages; not an API, may change without notice. */
package io.contractspec.governance.internal;
