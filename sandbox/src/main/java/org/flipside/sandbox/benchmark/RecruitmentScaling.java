package org.flipside.sandbox.benchmark;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.NotificationTopics;
import org.flipside.sandbox.simulation.RunWatch;
import org.flipside.sandbox.simulation.Simulation;
import org.flipside.sandbox.simulation.SimulationResult;
import org.flipside.sandbox.simulation.SimulationSettings;

/**
 * Whether recruitment costs the same per invitation in a small organisation and a large one: the sandbox's
 * simulated programme runs in each, in this JVM, and is measured from the sponsor's sign-off (which opens the window
 * and starts the invitations) to the programme manager's review of the applications (every invitation answered or
 * withdrawn, the applications counted), where it stops. That stretch holds every invitation started, listed in its
 * invitee's inbox, answered or withdrawn. A run at the smallest size first warms the JVM up and is not counted.
 */
public final class RecruitmentScaling {

  /** The largest cost per invitation, against the smallest organisation's, that still counts as flat. */
  static final double FLAT = 1.3;

  private final PrintWriter out;

  /** A measurement that prints to {@code out}. */
  public RecruitmentScaling(PrintWriter out) {
    this.out = out;
  }

  /**
   * Runs recruitment at each organisation size and prints the cost per invitation and each size's ratio to the
   * first.
   *
   * @param sizes employees in each organisation, smallest first
   * @param pairs pairs in the cohort, as the programme manager scopes it
   * @param seed the seed of each organisation and of the simulated choices
   * @param start the simulated date each programme is created
   * @return whether every run reached the review and the cost per invitation stayed flat
   */
  public boolean run(List<Integer> sizes, int pairs, long seed, Instant start) {
    out.printf("%nRecruitment per invitation, from the sponsor's sign-off to the review of the applications "
        + "(%d pairs, seed %d; a warm-up run at %d employees first)%n", pairs, seed, sizes.get(0));
    out.flush();
    recruit(new SimulationSettings(pairs, seed, sizes.get(0), 1, start));
    out.printf("%-12s %12s %14s %14s %12s %10s %14s %10s%n", "employees", "invitations", "main CPU ms",
        "process CPU ms", "wall ms", "SQL", "transactions", "main CPU ratio");
    Recruited first = null;
    boolean flat = true;
    for (int employees : sizes) {
      Recruited recruited = recruit(new SimulationSettings(pairs, seed, employees, 1, start));
      if (!recruited.reachedReview()) {
        out.printf("%-12d did not reach the review of the applications%n", employees);
        out.flush();
        return false;
      }
      first = first == null ? recruited : first;
      double ratio = recruited.perInvitation(CpuMeter.Sample::threadCpu) / first.perInvitation(CpuMeter.Sample::threadCpu);
      flat &= ratio <= FLAT;
      double per = recruited.invitations();
      out.printf("%-12d %12d %14.2f %14.2f %12.2f %10.1f %14.1f %10.2f%n", employees, recruited.invitations(),
          recruited.cpu().threadCpu() / 1e6 / per, recruited.cpu().processCpu() / 1e6 / per,
          recruited.cpu().wall() / 1e6 / per, recruited.sql().statements() / per, recruited.sql().transactions() / per,
          ratio);
      out.flush();
    }
    out.printf("cost per invitation %s (largest main-CPU ratio to the smallest organisation allowed: %.1f)%n",
        flat ? "stays flat" : "GROWS", FLAT);
    out.flush();
    return flat;
  }

  private static Recruited recruit(SimulationSettings settings) {
    RecruitmentWatch watch = new RecruitmentWatch();
    SimulationResult result = new Simulation().run(settings, List.of(), watch);
    return new Recruited(watch.reachedReview(), result.notificationsByTopic()
        .getOrDefault(NotificationTopics.INVITATION_TO_APPLY, 0), watch.cpu, watch.sql);
  }

  /** What one organisation's recruitment cost. */
  private record Recruited(boolean reachedReview, int invitations, CpuMeter.Sample cpu, SqlCount.Sample sql) {

    double perInvitation(ToLongFunction<CpuMeter.Sample> measure) {
      return (double) measure.applyAsLong(cpu) / Math.max(1, invitations);
    }
  }

  /** Measures from the sponsor's sign-off to the review of the applications, and stops the programme there. */
  private static final class RecruitmentWatch implements RunWatch {
    private SqlCount counter;
    private CpuMeter.Sample cpuMark;
    private SqlCount.Sample sqlMark;
    private CpuMeter.Sample cpu;
    private SqlCount.Sample sql;

    @Override
    public DataSource database(DataSource database) {
      counter = new SqlCount("recruitment", database);
      return counter.dataSource();
    }

    @Override
    public void answering(String formId) {
      if (Forms.SPONSOR_SIGN_OFF.equals(formId) && cpuMark == null) {
        cpuMark = CpuMeter.sample();
        sqlMark = counter.sample();
      } else if (Forms.REVIEW_APPLICATIONS.equals(formId) && cpuMark != null && cpu == null) {
        cpu = CpuMeter.sample().since(cpuMark);
        sql = counter.sample().since(sqlMark);
      }
    }

    @Override
    public boolean goOn() {
      return cpu == null;
    }

    boolean reachedReview() {
      return cpu != null;
    }
  }
}
