package org.flipside.api;

import org.jspecify.annotations.Nullable;

/**
 * One problem in a set of process files, found before anything was deployed.
 *
 * @param resource the file's name
 * @param elementId the id of the BPMN or DMN element at fault, or {@code null} when the problem is the file's as a
 *     whole (such as XML that does not parse)
 * @param message what is wrong, for the process owner
 * @param line the line in the file, or 0 when not known
 * @param column the column in the line, or 0 when not known
 * @since 1.0
 */
public record ProcessProblem(String resource, @Nullable String elementId, String message, int line, int column) {

  /** A problem of an element, at no known place in the file. */
  public static ProcessProblem of(String resource, String elementId, String message) {
    return new ProcessProblem(resource, elementId, message, 0, 0);
  }

  @Override
  public String toString() {
    return resource + (elementId == null ? "" : " " + elementId)
        + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}
