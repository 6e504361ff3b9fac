/** The sandbox's command line: a stand-in host platform that runs Flipside on one machine. */
package org.flipside.sandbox;
