/**
 * What a host platform implements for Flipside: the directory of employees, the delivery of
 * notifications and the delivery of calendar invites; optionally, recognition records for its
 * learning system.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.spi;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
