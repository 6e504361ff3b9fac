/**
 * The lifecycle benchmark: the same programme through Flipside and the same number of tasks through a bare Camunda
 * engine's inbox loop, in one JVM on the same kind of database, with CPU, SQL statements and transactions per task.
 */
package org.flipside.sandbox.benchmark;
