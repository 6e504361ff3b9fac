/**
 * What a host platform implements for Flipside: the directory of employees and the delivery of
 * notifications.
 */
package org.flipside.spi;
