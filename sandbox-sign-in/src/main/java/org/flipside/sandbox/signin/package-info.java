/**
 * THE SANDBOX'S stand-in for a host's sign-in: a page that lets anyone pick any employee of the directory and act as
 * them in the web console. A real host names the employee from its own authentication. Beside it, when the sandbox's
 * host offers one, the sandbox's clock page moves the simulated clock on.
 */
package org.flipside.sandbox.signin;
