/**
 * Mentors' recognition recorded as xAPI statements in a learning record store, each carrying an Open Badges 3.0
 * credential for the mentor.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.adapters.xapi;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
