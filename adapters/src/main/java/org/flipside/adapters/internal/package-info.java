/** What the adapters share: JSON over the JDK's HTTP client, with one way to report a failing service. */
@NullMarked
package org.flipside.adapters.internal;

import org.jspecify.annotations.NullMarked;
