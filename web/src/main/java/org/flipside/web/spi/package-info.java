/** What a host implements for Flipside's web console: who the signed-in employee is. */
@Export
@NullMarked
@Version("1.0.0")
package org.flipside.web.spi;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
