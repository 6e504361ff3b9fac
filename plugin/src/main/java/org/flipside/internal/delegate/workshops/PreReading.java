package org.flipside.internal.delegate.workshops;

import java.util.stream.Collectors;
import org.flipside.model.Programme;

/** The mentees' pre-reading as the messages and the reading task show it: one item a line. */
final class PreReading {

  private PreReading() {}

  static String text(Programme programme) {
    return programme.preReadingList().stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
  }
}
