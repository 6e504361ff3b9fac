/**
 * Flipside's standard adapters for the host SPI: the directory over SCIM 2.0 ({@code scim}), learning records over
 * xAPI with Open Badges 3.0 ({@code xapi}), and the failure they both report.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.adapters;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
