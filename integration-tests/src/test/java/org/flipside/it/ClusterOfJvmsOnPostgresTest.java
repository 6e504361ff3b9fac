package org.flipside.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.api.Actor;
import org.flipside.api.Flipside;
import org.flipside.api.FocusDimension;
import org.flipside.api.NewProgramme;
import org.flipside.api.ProgrammeMode;
import org.flipside.api.TaskSummary;
import org.flipside.bpmn.vocabulary.Forms;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.embed.EmbeddedFlipside;
import org.flipside.embed.FlipsideSettings;
import org.flipside.internal.host.Postman;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flipside as a cluster of JVMs on one PostgreSQL schema: three {@link ClusterNode} processes, each with its job
 * executor and postman, start at the same moment as the test's own Flipside on an empty schema. The test opens
 * recruitment in {@value #PROGRAMMES_BY_DEFAULT} programmes of 100 invitees each (so thousands of timers: one per
 * invitation, expiring with its window, and one per window), while the host's mail server refuses a quarter of the
 * invitations, which the nodes' postmen then deliver. It moves the cluster's clock past the windows and kills one
 * node with {@code kill -9} while it holds jobs, then counts: every timer ran once, no job failed or ran twice, each
 * programme reached its next step once, every message was delivered, none twice but at most a group of the killed
 * node's (a postman marks a group as sent in one commit after handing it over), and the jobs the killed node held
 * were run by the others. {@code -Dflipside.cluster.programmes=N} changes the number of programmes.
 */
@EnabledIfSystemProperty(named = "flipside.postgres", matches = "true")
class ClusterOfJvmsOnPostgresTest {

  private static final int PROGRAMMES_BY_DEFAULT = 20;
  private static final int PROGRAMMES = Integer.getInteger("flipside.cluster.programmes", PROGRAMMES_BY_DEFAULT);
  /** With the test organisation's eight, a hundred invitees a programme. */
  private static final int STAFF = 92;
  private static final int INVITEES = STAFF + 8;
  private static final int NODES = 3;
  private static final Duration START_PATIENCE = Duration.ofMinutes(15);
  private static final Duration PATIENCE = Duration.ofMinutes(15);
  private static final Instant WINDOWS_CLOSED = FlipsideHost.START.plus(Duration.ofDays(15));

  @TempDir
  Path folder;

  @Test
  void nodesShareThousandsOfTimersAndFinishTheWorkOfANodeKilledMidRun() throws Exception {
    ClusterNode.setTime(folder, FlipsideHost.START);
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    try (TestDatabase database = TestDatabase.postgres()) {
      Map<String, Process> nodes = new LinkedHashMap<>();
      Flipside host = null;
      try {
        for (int node = 0; node < NODES; node++) {
          nodes.put("node-" + node, launch(database, "node-" + node));
        }
        // the test's own Flipside, without a job executor, starts at the same moment on the empty schema
        host = EmbeddedFlipside.start(new FlipsideSettings(database.dataSource(), TestOrganisation.withStaff(STAFF),
            mailServerRefusingAQuarter(accepted), new RecordingCalendar(),
            new ClusterNode.FileClock(folder.resolve(ClusterNode.CLOCK)), false)
            .withReflectionKey(SandboxKeys.reflectionKey()));
        Map<String, String> lockOwners = awaitStarted(nodes);
        assertThat(database.count("act_re_deployment", "name_ = 'flipside'"))
            .as("Flipside's own processes, deployed by one node only").isEqualTo(1);

        List<String> programmes = new ArrayList<>();
        for (int k = 0; k < PROGRAMMES; k++) {
          programmes.add(openRecruitment(host));
        }
        long invitations = (long) PROGRAMMES * INVITEES;
        assertThat(database.count("act_ru_job", "type_ = 'timer'"))
            .as("timers waiting: each invitation's and each window's").isEqualTo(invitations + PROGRAMMES);
        assertThat(database.count("fs_outbound_message", "delivered_at is null"))
            .as("invitations the mail server refused").isPositive();

        // the windows close; once the first node holds jobs and a fifth of the invitations have expired, kill it
        ClusterNode.setTime(folder, WINDOWS_CLOSED);
        String victim = "node-0";
        String victimOwner = lockOwners.get(victim);
        await(() -> database.count("act_ru_job", "lock_owner_ = '" + victimOwner + "'") > 0
            && succeeded(database, "InvitationExpires") >= invitations / 5, "node-0 to hold jobs mid-run");
        nodes.get(victim).destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        List<String> orphaned = database.strings("select id_ from act_ru_job where lock_owner_ = '" + victimOwner + "'");
        // a lock expires by the cluster's clock: time passes, and once the killed node's locks have expired the
        // others take its jobs
        ClusterNode.setTime(folder, WINDOWS_CLOSED.plus(ClusterNode.JOBS.lockTime().multipliedBy(2)));

        await(() -> succeeded(database, "InvitationExpires") == invitations
            && succeeded(database, "ApplicationWindowCloses") == PROGRAMMES
            && database.count("fs_outbound_message", "delivered_at is null") == 0, "the others to finish the work");
        // a job run twice or a message sent twice would show a little later
        Thread.sleep(ClusterNode.JOBS.idleWait().toMillis() * 8);

        assertThat(orphaned).as("jobs the killed node held").isNotEmpty();
        for (String job : orphaned) {
          assertThat(database.count("act_hi_job_log", "job_id_ = '" + job + "' and job_state_ = 2"))
              .as("runs of job " + job + ", held by the killed node").isEqualTo(1);
        }
        assertThat(database.count("act_hi_job_log", "job_state_ = 1")).as("failed job runs").isZero();
        assertThat(database.count("act_ru_incident")).as("incidents").isZero();
        assertThat(database.count(
            "(select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) as twice"))
            .as("jobs run to success more than once").isZero();
        assertThat(database.count("act_ru_job", "type_ = 'timer'")).as("timers left").isZero();
        assertThat(thinRecruitmentDecisions(host)).as("each programme's next step, HR's decision, reached once")
            .isEqualTo(programmes.stream().collect(Collectors.toMap(Function.identity(), programme -> 1L)));

        Map<String, List<String>> deliveries = new HashMap<>();
        deliveries.put("host", List.copyOf(accepted));
        nodes.keySet().forEach(node ->
            deliveries.put(node, ClusterNode.deliveredIds(folder.resolve(node + ".deliveries"))));
        assertThat(deliveries.entrySet().stream().filter(by -> by.getKey().startsWith("node-"))
            .mapToInt(by -> by.getValue().size()).sum()).as("messages the nodes' postmen delivered").isPositive();
        Map<String, Long> copies = deliveries.values().stream().flatMap(List::stream)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies.keySet()).as("messages delivered")
            .hasSize((int) database.count("fs_outbound_message", "channel = 'NOTIFICATION'"));
        // at least once: a postman marks a group's messages as sent in one commit after handing them all over, so
        // only messages of the group the killed node was delivering may go twice, at most a group's worth
        Map<String, Long> twice = copies.entrySet().stream().filter(id -> id.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(twice.keySet()).as("messages delivered twice").allSatisfy(
            id -> assertThat(deliveries.get(victim)).contains(id)).hasSizeLessThanOrEqualTo(Postman.GROUP);
        assertThat(twice.values()).as("copies of a message delivered twice").allSatisfy(
            count -> assertThat(count).isEqualTo(2));
        System.out.printf("Cluster of %d JVMs: %d programmes, %d timers, %d messages (%s), %d jobs held by the killed"
            + " node, %d delivered twice%n", NODES, PROGRAMMES, invitations + PROGRAMMES, copies.size(),
            deliveries.entrySet().stream().map(by -> by.getKey() + " " + by.getValue().size())
                .collect(Collectors.joining(", ")), orphaned.size(), twice.size());
      } finally {
        Files.writeString(folder.resolve(ClusterNode.STOP), "");
        for (Process node : nodes.values()) {
          if (!node.waitFor(1, TimeUnit.MINUTES)) {
            node.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
          }
        }
        if (host != null) {
          host.close();
        }
      }
    }
  }

  /** Starts a node in a JVM of its own, on the test's class path, its output going to {@code <name>.log}. */
  private Process launch(TestDatabase database, String name) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(),
        database.jdbcUrl(), database.user(), folder.toString(), name, String.valueOf(STAFF))
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve(name + ".log").toFile())
        .start();
  }

  /** Waits until every node has started; returns each one's job executor's lock owner. */
  private Map<String, String> awaitStarted(Map<String, Process> nodes) throws Exception {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    Map<String, String> owners = new LinkedHashMap<>();
    while (owners.size() < nodes.size()) {
      for (Map.Entry<String, Process> node : nodes.entrySet()) {
        Path ready = folder.resolve(node.getKey() + ".ready");
        if (Files.exists(ready) && !Files.readString(ready).isEmpty()) {
          owners.put(node.getKey(), Files.readString(ready));
        } else if (!node.getValue().isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError(node.getKey() + " did not start:\n" + tail(node.getKey()));
        }
      }
      Thread.sleep(250);
    }
    return owners;
  }

  private String tail(String node) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve(node + ".log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** A host's mail server that is down for a quarter of the staff: their invitations wait for a postman's round. */
  private static Notifier mailServerRefusingAQuarter(List<String> accepted) {
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < STAFF; i += 4) {
      refused.add(TestOrganisation.staff(i));
    }
    return (Notification notification) -> {
      if (refused.contains(notification.recipientId())) {
        throw new IllegalStateException("the mail server is down");
      }
      accepted.add(notification.id());
    };
  }

  /** Creates, scopes and signs off a programme: recruitment opens and every invitee is invited. */
  private static String openRecruitment(Flipside host) {
    String programmeId = host.programmes().create(Actor.of(TestOrganisation.HR), new NewProgramme(
        "Board reverse mentoring pilot", ProgrammeMode.REVERSE, Set.of(FocusDimension.RACE_AND_ETHNICITY),
        "reverse mentor", "reverse mentee", TestOrganisation.CEO)).id();
    complete(host, programmeId, TestOrganisation.HR, Forms.SCOPE_PILOT, FlipsideHost.pilotScope());
    complete(host, programmeId, TestOrganisation.CEO, Forms.SPONSOR_SIGN_OFF, Map.of(Vars.DECISION.name(), "approve"));
    return programmeId;
  }

  private static void complete(Flipside host, String programmeId, String employeeId, String formId,
      Map<String, Object> data) {
    Actor actor = Actor.of(employeeId);
    TaskSummary task = host.inbox().listTasks(actor, 0, Integer.MAX_VALUE).stream()
        .filter(listed -> programmeId.equals(listed.programmeId()) && formId.equals(listed.formId()))
        .findFirst().orElseThrow(() -> new AssertionError(employeeId + " has no " + formId + " task"));
    host.inbox().complete(actor, task.id(), data);
  }

  /** How many decisions on thin recruitment HR holds, by programme. */
  private static Map<String, Long> thinRecruitmentDecisions(Flipside host) {
    return host.inbox().listTasks(Actor.of(TestOrganisation.HR), 0, Integer.MAX_VALUE).stream()
        .filter(task -> Forms.THIN_RECRUITMENT.equals(task.formId()))
        .collect(Collectors.groupingBy(TaskSummary::programmeId, Collectors.counting()));
  }

  private static long succeeded(TestDatabase database, String activity) {
    return database.count("act_hi_job_log", "job_state_ = 2 and act_id_ = '" + activity + "'");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE);
      }
      Thread.sleep(500);
    }
  }
}
