package org.flipside.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.flipside.api.ProcessProblem;

/** The problems found in one set of files, in the order found. */
final class Problems {

  private final List<ProcessProblem> found = new ArrayList<>();

  void add(String resource, String elementId, String message) {
    found.add(ProcessProblem.of(resource, elementId, message));
  }

  void add(ProcessProblem problem) {
    found.add(problem);
  }

  List<ProcessProblem> list() {
    return List.copyOf(found);
  }
}
