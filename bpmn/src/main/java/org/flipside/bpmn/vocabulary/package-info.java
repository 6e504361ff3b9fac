/**
 * Flipside's contract with its diagrams and forms, declared once: the process keys, message names,
 * stage ids, form ids and fields, process variables, the answers gateways test, the notification
 * topics hosts receive, and the building blocks ({@code ${bean}} names) a diagram may use. No engine
 * type appears here: hosts, process owners' tools and Flipside's own code rely on the same names.
 */
@Export
@NullMarked
@Version("1.1.0")
package org.flipside.bpmn.vocabulary;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
