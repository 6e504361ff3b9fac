package org.flipside.sandbox.report;

import java.io.PrintWriter;
import java.util.List;
import org.flipside.api.Stage;
import org.flipside.api.TimelineEntry;
import org.flipside.sandbox.simulation.PresetRecord;

/**
 * Prints a programme's timeline as Flipside reports it, oldest first, under a heading each time the
 * programme moves into another stage; a later cohort's stages are marked with its number.
 */
public final class TimelinePrinter {

  /** How Flipside's timeline marks the start of a cohort's recruitment. */
  private static final String RECRUITMENT_STARTED = "Recruitment started";

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
    int recruitments = 0;
    for (TimelineEntry entry : timeline) {
      // each cohort's recruitment starts once; a later rollout step (an ambassador's answer) belongs to the cohort
      // that was just evaluated, and opens no cohort of its own
      if (entry.event().equals(RECRUITMENT_STARTED) && ++recruitments > 1) {
        cohort = recruitments;
      }
      if (entry.stage() != current) {
        current = entry.stage();
        out.println();
        boolean ending = current == Stage.CLOSED || current == Stage.CANCELLED;
        out.println(Formats.stage(current) + (cohort > 1 && !ending ? " (cohort " + cohort + ")" : ""));
      }
      out.println("  " + pad(Formats.dateTime(entry.at()), 24) + entry.event());
    }
    out.println();
  }

  /** Prints what a seed programme's team did through the API beside the process, oldest first. */
  public void printTeamSteps(String title, List<PresetRecord.Step> steps) {
    out.println(title);
    out.println("=".repeat(title.length()));
    steps.forEach(step -> out.println("  " + pad(Formats.dateTime(step.at()), 24) + step.what()));
    out.println();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
