/**
 * The host's directory read from a SCIM 2.0 server (RFC 7643, RFC 7644): users, groups, the enterprise extension's
 * manager and units, and {@code active=false} as a leaver.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.adapters.scim;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
