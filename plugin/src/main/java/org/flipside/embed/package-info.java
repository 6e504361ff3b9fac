/**
 * Starting Flipside inside a plain Java host, without an OSGi framework. Not exported by the bundle (an OSGi host
 * starts it as a bundle instead), but versioned and baselined with the API, since plain Java hosts compile against it.
 */
@NullMarked
@Version("1.1.0")
package org.flipside.embed;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
