/**
 * THE SANDBOX'S stand-in for a host's sign-in: a page that lets anyone pick any employee of the directory and act as
 * them in the web console. A real host names the employee from its own authentication.
 */
package org.flipside.sandbox.signin;
