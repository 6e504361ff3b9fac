/**
 * The adapters as Declarative Services components, each present only while Configuration Admin holds its
 * configuration, described by Metatype for the host's admin console.
 */
@NullMarked
package org.flipside.adapters.internal.osgi;

import org.jspecify.annotations.NullMarked;
