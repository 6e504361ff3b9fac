package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a communications contact recorded of the campaign that promoted a cohort's recruitment: the channels used
 * and, if they gave it, the day it began.
 */
@Entity
@Table(name = "fs_recruitment_campaign")
public class RecruitmentCampaign {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  /** The channels' names, comma-separated in the enum's order. */
  @Column(name = "channels", nullable = false, length = 200)
  private String channels;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** For JPA only. */
  protected RecruitmentCampaign() {
  }

  /** Records a contact's campaign; at least one channel. */
  public RecruitmentCampaign(Cohort cohort, String contactId, List<RecruitmentChannel> channels, LocalDate startedOn,
      Instant recordedAt) {
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("a campaign used at least one channel");
    }
    this.id = UUID.randomUUID().toString();
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.contactId = Objects.requireNonNull(contactId, "contactId");
    this.channels = channels.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.startedOn = startedOn;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public String getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getContactId() {
    return contactId;
  }

  public List<RecruitmentChannel> getChannels() {
    return Arrays.stream(channels.split(",")).map(RecruitmentChannel::valueOf).toList();
  }

  /** The day the campaign began, or null when the contact did not say. */
  public LocalDate getStartedOn() {
    return startedOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
