package org.flipside.model.evaluation;

import java.util.List;

/** Lists as a report's sentences write them. */
public final class InWords {

  private InWords() {}

  /** "a", "a and b", "a, b and c"; empty for none. */
  public static String listed(List<String> items) {
    if (items.size() < 2) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
