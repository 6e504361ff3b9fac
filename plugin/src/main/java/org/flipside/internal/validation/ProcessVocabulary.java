package org.flipside.internal.validation;

import java.util.Set;

/** What Flipside's code promises its diagrams: the names a process owner's files are checked against. */
public interface ProcessVocabulary {

  /** The names a {@code ${name}} expression may resolve to: Flipside's building blocks. */
  Set<String> beans();

  /** The key of the programme's lifecycle process, whose stages Flipside follows. */
  String lifecycleProcessKey();

  /** The ids of the lifecycle's stage sub-processes; the lifecycle must have every one. */
  Set<String> stageIds();

  /** The bean that records a programme entering a stage, as a start listener on each stage. */
  String stageListener();
}
