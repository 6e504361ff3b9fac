package org.flipside.model.evaluation;

import java.util.Objects;

/**
 * One figure of a suppressed breakdown. A hidden figure carries no value at all, so nothing downstream can
 * print it by mistake.
 *
 * @param value the count, or null when hidden
 * @param suppression whether it is shown and why not
 */
public record TableCell(Long value, Suppression suppression) {

  public TableCell {
    Objects.requireNonNull(suppression, "suppression");
    if (suppression.hidden() != (value == null)) {
      throw new IllegalArgumentException("a hidden cell has no value and a published one has one");
    }
  }

  static TableCell published(long value) {
    return new TableCell(value, Suppression.PUBLISHED);
  }

  static TableCell hidden(Suppression why) {
    return new TableCell(null, why);
  }

  public boolean hidden() {
    return suppression.hidden();
  }
}
