package org.flipside.sandbox.report;

import java.io.PrintWriter;
import java.util.List;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;

/**
 * Prints a programme's timeline as Flipside reports it, oldest first, under a heading each time the
 * programme moves into another stage; a later cohort's stages are marked with its number.
 */
public final class TimelinePrinter {

  private final PrintWriter out;

  /** A printer writing to {@code out}. */
  public TimelinePrinter(PrintWriter out) {
    this.out = out;
  }

  /** Prints the timeline. */
  public void print(String title, List<TimelineEntry> timeline) {
    out.println(title);
    out.println("=".repeat(title.length()));
    Stage current = null;
    int cohort = 1;
    for (TimelineEntry entry : timeline) {
      if (entry.stage() != current) {
        if (entry.stage() == Stage.RECRUITMENT && current == Stage.ROLLOUT) {
          cohort++;
        }
        current = entry.stage();
        out.println();
        boolean ending = current == Stage.CLOSED || current == Stage.CANCELLED;
        out.println(Formats.stage(current) + (cohort > 1 && !ending ? " (cohort " + cohort + ")" : ""));
      }
      out.println("  " + pad(Formats.dateTime(entry.at()), 24) + entry.event());
    }
    out.println();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
