package org.flipside.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.flipside.model.matching.MatchingRules;

/**
 * A reverse mentoring programme: who runs it, what it focuses on, its scope once piloted and the stage its
 * lifecycle process has reached. Scope fields stay null until the programme manager has scoped the pilot.
 */
@Entity
@Table(name = "fs_programme")
public class Programme {

  /** Default minimum number of survey answers before averages are reported, so nobody can be singled out. */
  public static final int DEFAULT_ANONYMITY_THRESHOLD = 5;

  /** Default number of days the EDI lead has to acknowledge a concern before it goes to the HR admins. */
  public static final int DEFAULT_CONCERN_ACKNOWLEDGE_DAYS = 5;

  /**
   * Default number of months a closed programme's personal data is kept: long enough to answer questions about the
   * cohort and recruit the next one with its lessons, after which only the anonymised evaluation report is needed.
   */
  public static final int DEFAULT_RETENTION_MONTHS = 12;

  /** Default number of knowledge sessions for the whole group during the sessions stage. */
  public static final int DEFAULT_KNOWLEDGE_SESSIONS = 1;

  /** What mentees read before their first session unless the programme says otherwise (from the seeds). */
  public static final List<String> DEFAULT_PRE_READING = List.of(
      "The programme guide: roles, power dynamics, confidentiality and the learning agreement",
      "Two short videos from earlier reverse mentors and mentees",
      "The glossary of inclusion terms, to keep to hand");

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false)
  private ProgrammeMode mode;

  @Column(name = "focus_dimensions")
  private String focusDimensions;

  @Column(name = "mentor_label")
  private String mentorLabel;

  @Column(name = "mentee_label")
  private String menteeLabel;

  /** Null while the post is vacant: the manager left and no one has been appointed yet. */
  @Column(name = "programme_manager_id")
  private String programmeManagerId;

  /** Null while the post is vacant, as for the manager. */
  @Column(name = "sponsor_id")
  private String sponsorId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", nullable = false)
  private ProgrammeStage stage;

  @Column(name = "lifecycle_instance_id")
  private String lifecycleInstanceId;

  @Column(name = "goals", length = 4000)
  private String goals;

  @Column(name = "gap_analysis", length = 4000)
  private String gapAnalysis;

  @Column(name = "staff_networks")
  private String staffNetworks;

  @Column(name = "cohort_size")
  private Integer cohortSize;

  @Column(name = "application_window_days")
  private Integer applicationWindowDays;

  @Column(name = "sessions_start")
  private LocalDate sessionsStart;

  @Column(name = "duration_months")
  private Integer durationMonths;

  @Column(name = "session_cadence")
  private String sessionCadence;

  @Column(name = "mentor_maximum_band")
  private Integer mentorMaximumBand;

  @Column(name = "mentee_minimum_band")
  private Integer menteeMinimumBand;

  @Column(name = "minimum_band_gap")
  private Integer minimumBandGap;

  @Embedded
  private MatchingSettings matching = new MatchingSettings();

  @Embedded
  private RecruitmentAudience audience = new RecruitmentAudience();

  @ElementCollection
  @CollectionTable(name = "fs_programme_goal", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  private List<ScopingGoal> scopingGoals = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement_arranger", nullable = false)
  private ParticipantRole agreementArranger = ParticipantRole.MENTEE;

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement_meeting_format")
  private MeetingFormat agreementMeetingFormat = MeetingFormat.ONLINE;

  @Column(name = "agreement_protected_time", nullable = false)
  private boolean agreementProtectedTime = true;

  @Column(name = "agreement_boundaries", length = 4000)
  private String agreementBoundaries;

  @Column(name = "anonymity_threshold", nullable = false)
  private int anonymityThreshold = DEFAULT_ANONYMITY_THRESHOLD;

  @Column(name = "sponsor_approved_at")
  private Instant sponsorApprovedAt;

  @Column(name = "rollout_decision")
  private String rolloutDecision;

  @Column(name = "rollout_rationale", length = 1000)
  private String rolloutRationale;

  @Column(name = "sponsor_comments", length = 4000)
  private String sponsorComments;

  @Column(name = "rollout_decided_at")
  private Instant rolloutDecidedAt;

  /** Whether the last cohort's mentors are invited back to mentor the next one. */
  @Column(name = "rollout_cascade", nullable = false)
  private boolean rolloutCascade;

  /** Whether each cohort's recruitment opens a year after the last one opened, until the sponsor stops. */
  @Column(name = "rollout_yearly", nullable = false)
  private boolean rolloutYearly;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "concern_acknowledge_days", nullable = false)
  private int concernAcknowledgeDays = DEFAULT_CONCERN_ACKNOWLEDGE_DAYS;

  @Column(name = "knowledge_sessions", nullable = false)
  private int knowledgeSessions = DEFAULT_KNOWLEDGE_SESSIONS;

  /** One item a line; null for the default list. */
  @Column(name = "pre_reading", length = 4000)
  private String preReading;

  @Column(name = "retention_months", nullable = false)
  private int retentionMonths = DEFAULT_RETENTION_MONTHS;

  /** When retention erased the programme's personal data; null until then. */
  @Column(name = "personal_data_erased_at")
  private Instant personalDataErasedAt;

  @Version
  @Column(name = "version")
  private Long version;

  /** For JPA only. */
  protected Programme() {
  }

  /** Creates a programme at the pilot scoping stage. */
  public Programme(String name, ProgrammeMode mode, String focusDimensions, String mentorLabel,
      String menteeLabel, String programmeManagerId, String sponsorId, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.name = Objects.requireNonNull(name, "name");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.focusDimensions = focusDimensions;
    this.mentorLabel = mentorLabel;
    this.menteeLabel = menteeLabel;
    this.programmeManagerId = Objects.requireNonNull(programmeManagerId, "programmeManagerId");
    this.sponsorId = Objects.requireNonNull(sponsorId, "sponsorId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.stage = ProgrammeStage.PILOT_SCOPING;
  }

  /** The focus dimension names, in stored order, without blanks. */
  public List<String> focusDimensionList() {
    if (focusDimensions == null || focusDimensions.isBlank()) {
      return List.of();
    }
    return Arrays.stream(focusDimensions.split(","))
        .map(String::strip)
        .filter(dimension -> !dimension.isEmpty())
        .toList();
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ProgrammeMode getMode() {
    return mode;
  }

  public String getFocusDimensions() {
    return focusDimensions;
  }

  public String getMentorLabel() {
    return mentorLabel;
  }

  public String getMenteeLabel() {
    return menteeLabel;
  }

  public String getProgrammeManagerId() {
    return programmeManagerId;
  }

  public String getSponsorId() {
    return sponsorId;
  }

  /** Whether the programme is over: closed after a decision to stop, or cancelled. */
  public boolean hasEnded() {
    return stage == ProgrammeStage.CLOSED || stage == ProgrammeStage.CANCELLED;
  }

  /** Appoints a new programme manager, or leaves the post vacant with null. */
  public void setProgrammeManagerId(String programmeManagerId) {
    this.programmeManagerId = programmeManagerId;
  }

  /** Appoints a new sponsor, or leaves the post vacant with null. */
  public void setSponsorId(String sponsorId) {
    this.sponsorId = sponsorId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public ProgrammeStage getStage() {
    return stage;
  }

  public void setStage(ProgrammeStage stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
  }

  public String getLifecycleInstanceId() {
    return lifecycleInstanceId;
  }

  public void setLifecycleInstanceId(String lifecycleInstanceId) {
    this.lifecycleInstanceId = lifecycleInstanceId;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals;
  }

  public String getGapAnalysis() {
    return gapAnalysis;
  }

  public void setGapAnalysis(String gapAnalysis) {
    this.gapAnalysis = gapAnalysis;
  }

  public String getStaffNetworks() {
    return staffNetworks;
  }

  public void setStaffNetworks(String staffNetworks) {
    this.staffNetworks = staffNetworks;
  }

  public Integer getCohortSize() {
    return cohortSize;
  }

  public void setCohortSize(Integer cohortSize) {
    this.cohortSize = cohortSize;
  }

  public Integer getApplicationWindowDays() {
    return applicationWindowDays;
  }

  public void setApplicationWindowDays(Integer applicationWindowDays) {
    this.applicationWindowDays = applicationWindowDays;
  }

  public LocalDate getSessionsStart() {
    return sessionsStart;
  }

  public void setSessionsStart(LocalDate sessionsStart) {
    this.sessionsStart = sessionsStart;
  }

  public Integer getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(Integer durationMonths) {
    this.durationMonths = durationMonths;
  }

  public String getSessionCadence() {
    return sessionCadence;
  }

  public void setSessionCadence(String sessionCadence) {
    this.sessionCadence = sessionCadence;
  }

  public Integer getMentorMaximumBand() {
    return mentorMaximumBand;
  }

  public void setMentorMaximumBand(Integer mentorMaximumBand) {
    this.mentorMaximumBand = mentorMaximumBand;
  }

  public Integer getMenteeMinimumBand() {
    return menteeMinimumBand;
  }

  public void setMenteeMinimumBand(Integer menteeMinimumBand) {
    this.menteeMinimumBand = menteeMinimumBand;
  }

  public Integer getMinimumBandGap() {
    return minimumBandGap;
  }

  public void setMinimumBandGap(Integer minimumBandGap) {
    this.minimumBandGap = minimumBandGap;
  }

  /** How this programme matches mentors and mentees; changed in place. */
  public MatchingSettings getMatching() {
    return matching;
  }

  /**
   * The rules its cohorts are matched by: the matching settings with the programme's band gap, without band order
   * when the programme is reciprocal (both partners learn, so either may be the more senior).
   */
  public MatchingRules matchingRules() {
    MatchingRules rules = matching.rules(minimumBandGap);
    return mode == ProgrammeMode.RECIPROCAL
        ? new MatchingRules(rules.hard().withoutBandOrder(), rules.weights()) : rules;
  }

  /** Who the programme recruits from besides its bands. */
  public RecruitmentAudience getAudience() {
    return audience;
  }

  /** The gap analysis's goals with their horizons and targets, in the order written; empty when none were set. */
  public List<ScopingGoal> getScopingGoals() {
    return List.copyOf(scopingGoals);
  }

  /** Replaces the gap analysis's goals. */
  public void setScopingGoals(List<ScopingGoal> goals) {
    scopingGoals.clear();
    scopingGoals.addAll(goals);
  }

  /** Who arranges the meetings in the learning agreement template: the mentee unless the HR admin chose otherwise. */
  public ParticipantRole getAgreementArranger() {
    return agreementArranger;
  }

  public void setAgreementArranger(ParticipantRole agreementArranger) {
    this.agreementArranger = Objects.requireNonNull(agreementArranger, "agreementArranger");
  }

  /** How the template suggests pairs meet; null means a mix of formats. */
  public MeetingFormat getAgreementMeetingFormat() {
    return agreementMeetingFormat;
  }

  public void setAgreementMeetingFormat(MeetingFormat agreementMeetingFormat) {
    this.agreementMeetingFormat = agreementMeetingFormat;
  }

  public boolean isAgreementProtectedTime() {
    return agreementProtectedTime;
  }

  public void setAgreementProtectedTime(boolean agreementProtectedTime) {
    this.agreementProtectedTime = agreementProtectedTime;
  }

  public String getAgreementBoundaries() {
    return agreementBoundaries;
  }

  public void setAgreementBoundaries(String agreementBoundaries) {
    this.agreementBoundaries = agreementBoundaries;
  }

  public int getAnonymityThreshold() {
    return anonymityThreshold;
  }

  public void setAnonymityThreshold(int anonymityThreshold) {
    if (anonymityThreshold < 1) {
      throw new IllegalArgumentException("anonymityThreshold must be at least 1 but was " + anonymityThreshold);
    }
    this.anonymityThreshold = anonymityThreshold;
  }

  public Instant getSponsorApprovedAt() {
    return sponsorApprovedAt;
  }

  public void setSponsorApprovedAt(Instant sponsorApprovedAt) {
    this.sponsorApprovedAt = sponsorApprovedAt;
  }

  public String getRolloutDecision() {
    return rolloutDecision;
  }

  public String getRolloutRationale() {
    return rolloutRationale;
  }

  public Instant getRolloutDecidedAt() {
    return rolloutDecidedAt;
  }

  public boolean isRolloutCascade() {
    return rolloutCascade;
  }

  public boolean isRolloutYearly() {
    return rolloutYearly;
  }

  /** Records the sponsor's rollout decision: continue, expand or stop, and the choices that came with it. */
  public void decideRollout(String decision, String rationale, boolean cascade, boolean yearly, Instant decidedAt) {
    this.rolloutDecision = Objects.requireNonNull(decision, "decision");
    this.rolloutRationale = rationale;
    this.rolloutCascade = cascade;
    this.rolloutYearly = yearly;
    this.rolloutDecidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public int getConcernAcknowledgeDays() {
    return concernAcknowledgeDays;
  }

  public void setConcernAcknowledgeDays(int concernAcknowledgeDays) {
    if (concernAcknowledgeDays < 1) {
      throw new IllegalArgumentException("concernAcknowledgeDays must be at least 1 but was " + concernAcknowledgeDays);
    }
    this.concernAcknowledgeDays = concernAcknowledgeDays;
  }

  public int getKnowledgeSessions() {
    return knowledgeSessions;
  }

  public void setKnowledgeSessions(int knowledgeSessions) {
    if (knowledgeSessions < 0) {
      throw new IllegalArgumentException("knowledgeSessions must not be negative but was " + knowledgeSessions);
    }
    this.knowledgeSessions = knowledgeSessions;
  }

  /** The mentees' pre-reading, one item per entry: the programme's own list or the default one. */
  public List<String> preReadingList() {
    if (preReading == null) {
      return DEFAULT_PRE_READING;
    }
    return preReading.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** Sets the pre-reading, one item a line; {@code null} or blank restores the default list. */
  public void setPreReading(String preReading) {
    this.preReading = preReading == null || preReading.isBlank() ? null : preReading.strip();
  }

  public Long getVersion() {
    return version;
  }

  public int getRetentionMonths() {
    return retentionMonths;
  }

  public void setRetentionMonths(int retentionMonths) {
    if (retentionMonths < 1) {
      throw new IllegalArgumentException("retentionMonths must be at least 1 but was " + retentionMonths);
    }
    this.retentionMonths = retentionMonths;
  }

  /** When a programme's personal data falls due for erasure: its retention period after it closed. */
  public static Instant retainedUntil(Instant closedAt, int retentionMonths) {
    return closedAt.atZone(ZoneOffset.UTC).plusMonths(retentionMonths).toInstant();
  }

  public Instant getPersonalDataErasedAt() {
    return personalDataErasedAt;
  }

  /** Records that retention erased the programme's personal data. */
  public void personalDataErased(Instant at) {
    this.personalDataErasedAt = Objects.requireNonNull(at, "at");
  }

  /** The sponsor's comments with their sign-off, or {@code null}. */
  public String getSponsorComments() {
    return sponsorComments;
  }

  public void setSponsorComments(String sponsorComments) {
    this.sponsorComments = sponsorComments;
  }

  /** Keeps the sponsor's reasons for the rollout decision they are taking. */
  public void setRolloutRationale(String rolloutRationale) {
    this.rolloutRationale = rolloutRationale;
  }
}
