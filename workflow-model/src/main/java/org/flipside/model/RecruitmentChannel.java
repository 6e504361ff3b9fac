package org.flipside.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A way a communications contact promoted a cohort's recruitment, as the campaign step's form offers it. */
public enum RecruitmentChannel {
  STAFF_NETWORKS("the staff networks"),
  INTRANET("the intranet or staff news"),
  TEAM_BRIEFINGS("team briefings"),
  SPONSOR_MESSAGE("a message from the sponsor"),
  SOCIAL_MEDIA("social media"),
  EVENTS("events"),
  OTHER("other ways");

  private final String phrase;

  RecruitmentChannel(String phrase) {
    this.phrase = phrase;
  }

  /** The value the form submits, such as {@code staff-networks}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The channel in words, to follow "promoted through". */
  public String phrase() {
    return phrase;
  }

  /** The channel the form's value names, if any. */
  public static Optional<RecruitmentChannel> ofCode(String code) {
    return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
  }
}
