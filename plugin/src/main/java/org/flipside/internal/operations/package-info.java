/**
 * What a host's operators watch: the health check, the metrics, and the steps whose work failed (incidents), with
 * their reasons in plain words.
 */
package org.flipside.internal.operations;
