/**
 * The web console: its pages, its JSON API over Flipside's public API, and their registration with the host's
 * Servlet Whiteboard.
 */
package org.flipside.web.internal;
