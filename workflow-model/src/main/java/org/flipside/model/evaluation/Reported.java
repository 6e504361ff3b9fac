package org.flipside.model.evaluation;

import java.util.Objects;

/**
 * A figure that a report may show, or the fact that it is hidden and why.
 *
 * @param value the figure, or null when hidden
 * @param suppression whether it is shown
 * @param <T> the figure's type
 */
public record Reported<T>(T value, Suppression suppression) {

  public Reported {
    Objects.requireNonNull(suppression, "suppression");
    if (suppression.hidden() != (value == null)) {
      throw new IllegalArgumentException("a hidden figure has no value and a shown one has one");
    }
  }

  public static <T> Reported<T> shown(T value) {
    return new Reported<>(Objects.requireNonNull(value, "value"), Suppression.PUBLISHED);
  }

  public static <T> Reported<T> hidden(Suppression why) {
    return new Reported<>(null, why);
  }

  public boolean isHidden() {
    return suppression.hidden();
  }
}
