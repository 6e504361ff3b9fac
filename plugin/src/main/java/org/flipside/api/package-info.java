/**
 * Flipside's API for the host platform: programmes, the task inbox with forms, and timed work. No
 * engine type appears here.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.api;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
