package org.flipside.sandbox.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flipside.api.EventAttendance;
import org.flipside.api.TeamMember;

/**
 * What the programme team of a seed programme did through Flipside's API besides answering tasks, and what it read
 * back at the end: the delivery team, the events with their attendance, the pairs' rhythms, the top of the
 * organisation's pair, the cascade, the outcome series. Filled as the run goes; read once it ended.
 */
public final class PresetRecord {

  /** One thing the team did, when. */
  public record Step(Instant at, String what) {}

  /**
   * A cohort's matching as published.
   *
   * @param cohort the cohort
   * @param pairs how many pairs were published
   * @param unmatchedMentees how many mentees were left without a partner
   * @param returningMentors how many of the mentors had mentored in an earlier cohort
   * @param unmatchedReasons why each participant left without a partner was, in Flipside's words
   */
  public record Matching(int cohort, int pairs, int unmatchedMentees, int returningMentors,
      List<String> unmatchedReasons) {}

  private final List<Step> steps = new ArrayList<>();
  private final SortedSet<String> invitees = new TreeSet<>();
  private final List<TeamMember> team = new ArrayList<>();
  private final List<EventAttendance> attendance = new ArrayList<>();
  private final List<Matching> matchings = new ArrayList<>();
  private final Map<String, List<String>> outcomeSeries = new LinkedHashMap<>();
  private final Map<String, Integer> rhythms = new LinkedHashMap<>();
  private final List<String> commitments = new ArrayList<>();
  private String liaisonId;
  private String topOfOrganisationPartner;
  private List<String> topOfOrganisationReasons = List.of();

  void step(Instant at, String what) {
    steps.add(new Step(at, what));
  }

  void finished(SortedSet<String> invited, List<TeamMember> members, List<EventAttendance> events,
      Map<String, Integer> agreedRhythms) {
    invitees.addAll(invited);
    team.addAll(members);
    attendance.addAll(events);
    rhythms.putAll(agreedRhythms);
  }

  void liaison(String employeeId) {
    liaisonId = employeeId;
  }

  void topOfOrganisationPaired(String partnerId, List<String> reasons) {
    topOfOrganisationPartner = partnerId;
    topOfOrganisationReasons = List.copyOf(reasons);
  }

  void matched(Matching matching) {
    matchings.add(matching);
  }

  void outcome(String measure, String point) {
    outcomeSeries.computeIfAbsent(measure, m -> new ArrayList<>()).add(point);
  }

  void commitment(String text) {
    commitments.add(text);
  }

  /** What the team did, in order. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** Everyone Flipside invited to apply, in any cohort. */
  public SortedSet<String> invitees() {
    return new TreeSet<>(invitees);
  }

  /** The delivery team at the end. */
  public List<TeamMember> team() {
    return List.copyOf(team);
  }

  /** The events that stood, with who came. */
  public List<EventAttendance> attendance() {
    return List.copyOf(attendance);
  }

  /** Each cohort's matching as published. */
  public List<Matching> matchings() {
    return List.copyOf(matchings);
  }

  /** Each measure's figures as recorded, point by point ("Baseline 2027: 4"). */
  public Map<String, List<String>> outcomeSeries() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    outcomeSeries.forEach((measure, points) -> copy.put(measure, List.copyOf(points)));
    return copy;
  }

  /** How many pairs agreed each rhythm, by ISO-8601 period. */
  public Map<String, Integer> rhythms() {
    return Map.copyOf(rhythms);
  }

  /** The leaders' follow-on commitments recorded. */
  public List<String> commitments() {
    return List.copyOf(commitments);
  }

  /** The participant appointed liaison, or {@code null}. */
  public String liaisonId() {
    return liaisonId;
  }

  /** Whom the top of the organisation was paired with, or {@code null} when they were not. */
  public String topOfOrganisationPartner() {
    return topOfOrganisationPartner;
  }

  /** The rules that made the top of the organisation's pair, exceptions included. */
  public List<String> topOfOrganisationReasons() {
    return topOfOrganisationReasons;
  }
}
