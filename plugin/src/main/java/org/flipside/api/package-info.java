/**
 * Flipside's API for the host platform: programmes, the task inbox with forms, and timed work. No
 * engine type appears here.
 */
package org.flipside.api;
