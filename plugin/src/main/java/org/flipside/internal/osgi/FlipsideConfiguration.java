package org.flipside.internal.osgi;

import org.flipside.embed.ProgrammeDefaults;
import org.flipside.model.Programme;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * How Flipside runs inside the host, under the Configuration Admin PID {@value #PID}; every attribute has a default,
 * so Flipside starts with no configuration. A host's console (the Felix Web Console, for one) shows and checks it
 * through the Metatype service. A change to the programme defaults applies at once, to the programmes created after
 * it; a change to anything else restarts Flipside's runtime on the new settings: the engine and its job executor stop
 * and start again, the API services are withdrawn meanwhile, and the data stays in the database.
 */
@ObjectClassDefinition(id = FlipsideConfiguration.PID, name = "Flipside",
    description = "How Flipside runs inside the host. A change to the programme defaults applies at once to new "
        + "programmes; a change to anything else restarts Flipside's runtime on the new settings. Every node of a "
        + "cluster should share them.")
public @interface FlipsideConfiguration {

  /** The Configuration Admin PID. */
  String PID = "org.flipside";

  /** {@link #jobs()}: Flipside's own job executor runs timed work. */
  String FLIPSIDE_RUNS_JOBS = "flipside";

  /** {@link #jobs()}: the host runs timed work by calling {@code DueWork.runDue()}. */
  String HOST_RUNS_JOBS = "host";

  /** Who runs timed work (reminders, deadlines, retries, the retention sweep). */
  @AttributeDefinition(name = "Timed work",
      description = "Who runs reminders, deadlines, retries and the retention sweep: Flipside's own job executor, "
          + "or the host's scheduler through DueWork.runDue().",
      options = {
          @Option(label = "Flipside's job executor", value = FLIPSIDE_RUNS_JOBS),
          @Option(label = "The host, through DueWork.runDue()", value = HOST_RUNS_JOBS)})
  String jobs() default FLIPSIDE_RUNS_JOBS;

  /** The file holding the AES key for private reflections and survey pseudonyms; empty switches them off. */
  @AttributeDefinition(name = "Reflection key file", required = false,
      description = "A file holding a base64 AES key (16, 24 or 32 bytes), kept with the host's secrets and never in "
          + "Flipside's database. It encrypts private reflections and keys survey pseudonyms; empty switches "
          + "reflections off and no survey can be answered.")
  String reflections_keyFile() default "";

  /** How long a node holds a job it took, as an ISO-8601 duration. */
  @AttributeDefinition(name = "Job lock time",
      description = "How long a node holds a job it took, as an ISO-8601 duration (PT5M); a dead node's jobs wait "
          + "this long. Longer than the slowest job.")
  String jobs_lockTime() default "PT5M";

  /** How many jobs a node runs at once. */
  @AttributeDefinition(name = "Job threads", min = "1", description = "How many jobs a node runs at once.")
  int jobs_threads() default 3;

  /** How many due jobs a node takes in one round. */
  @AttributeDefinition(name = "Jobs per round", min = "1", description = "How many due jobs a node takes in one round.")
  int jobs_perAcquisition() default 3;

  /** How long a node waits after a round found nothing due, as an ISO-8601 duration. */
  @AttributeDefinition(name = "Idle wait",
      description = "How long a node waits before looking again after a round found nothing due, as an ISO-8601 "
          + "duration (PT5S).")
  String jobs_idleWait() default "PT5S";

  /** Which of the host's DataSources Flipside writes to, as an LDAP filter on its service properties. */
  @AttributeDefinition(name = "DataSource",
      description = "Which of the host's DataSource services Flipside writes to: an LDAP filter on its service "
          + "properties, such as (dataSourceName=flipside). The default takes any.")
  String dataSource_target() default "(objectClass=javax.sql.DataSource)";

  /** How many months a new programme keeps its personal data after it closes. */
  @AttributeDefinition(name = "Retention of a new programme (months)", min = "1",
      max = "" + ProgrammeDefaults.LONGEST_RETENTION,
      description = "How many months a programme created from now on keeps its personal data after it closes, "
          + "before retention erases it (1 to " + ProgrammeDefaults.LONGEST_RETENTION + "); its programme manager may change it on the scoping form. "
          + "Applies at once, without a restart; programmes created before keep theirs.")
  int programmeDefaults_retentionMonths() default Programme.DEFAULT_RETENTION_MONTHS;

  /** The smallest group whose figures a new programme shows. */
  @AttributeDefinition(name = "Anonymity threshold of a new programme", min = "" + ProgrammeDefaults.SMALLEST_THRESHOLD,
      description = "The smallest group of people whose figures, comments and counts a programme created from now "
          + "on shows; at least " + ProgrammeDefaults.SMALLEST_THRESHOLD + ", since a pair is two people. Applies at once, without a restart; programmes "
          + "created before keep theirs.")
  int programmeDefaults_anonymityThreshold() default Programme.DEFAULT_ANONYMITY_THRESHOLD;
}
