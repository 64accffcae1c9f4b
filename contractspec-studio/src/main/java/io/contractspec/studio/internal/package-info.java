/** How the Studio builds its catalog document and serves its assets; not for use by others. */
package io.contractspec.studio.internal;
