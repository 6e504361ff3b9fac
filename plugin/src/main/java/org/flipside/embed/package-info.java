/** Starting Flipside inside a plain Java host, without an OSGi framework. */
package org.flipside.embed;
