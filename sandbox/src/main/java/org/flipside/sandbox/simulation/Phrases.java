package org.flipside.sandbox.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** What simulated employees write in free-text fields, in the spirit of the seeds. */
final class Phrases {

  /** Lived experience mentors offer, and what mentees want to learn about: the overlap scores a match. */
  static final List<String> TOPICS = List.of(
      "race and ethnicity at work", "career progression", "microaggressions", "recruitment and shortlisting",
      "being the only one in the room", "cultural awareness", "religion and belief at work",
      "accent and language", "access to training", "speaking up");

  static final List<String> MENTOR_MOTIVATIONS = List.of(
      "I want leaders to hear what it is like to progress here as a Black, Asian or minority ethnic colleague.",
      "I have been passed over for promotion twice and want to help change how shortlisting works.",
      "Our staff network asked for volunteers and I think this can make a real difference.",
      "I'd like to understand how decisions are made at the top and share what the front line sees.");

  static final List<String> MENTEE_MOTIVATIONS = List.of(
      "I lead a large team and I know I don't see the barriers our BME colleagues face.",
      "Our WRES figures have not moved in three years; I need to understand why.",
      "I want to listen and learn, and to act on what I hear.",
      "The board has committed to this and I want to lead by example.");

  static final List<String> BOUNDARIES = List.of(
      "What we discuss stays between us unless we both agree otherwise; no case-by-case HR matters.",
      "Either of us can pause a conversation; we will not discuss named colleagues.",
      "We meet as equals; the mentor sets the topic for each session.",
      "Confidential unless there is a safeguarding concern; we review how it is going every two sessions.");

  /** A partner's note to the programme manager: how it feels, never what was said in a session. */
  static final String SUPPORT_NOTE = "We struggle to find time and the conversations feel forced.";

  static final String CHANGE_REQUEST =
      "Could you send the meeting invitations, and could we meet online for the first few sessions?";

  /** What a partner writes to themselves after a session: how it went for them, encrypted and theirs alone. */
  static final List<String> REFLECTIONS = List.of(
      "I listened more than I spoke today; next time I want to ask about how decisions reach the wards.",
      "Harder than I expected to say it plainly. It went better once I did.",
      "I noticed I was defending the process. Worth sitting with that before we meet again.");

  static final List<String> SPONSOR_REVISIONS = List.of(
      "Please add how we will measure success before I sign this off.",
      "Good start: tie the goals to measures the board can track.");

  static final List<String> THEMES = List.of(
      "Barriers in shortlisting and interview panels",
      "Meetings culture: who gets heard",
      "Access to development and acting-up opportunities",
      "Microaggressions go unchallenged",
      "Leaders valued hearing lived experience first-hand",
      "Mentors gained visibility and confidence");

  static final List<String> RECOMMENDATIONS = List.of(
      "Diverse interview panels for Band 7 and above",
      "Protected time for staff network leads",
      "Mentors become ambassadors for the next cohort",
      "Publish acting-up opportunities openly",
      "Follow-up allies programme for senior managers",
      "Recognise mentors in appraisals");

  static final List<String> MENTOR_COMMENTS = List.of(
      "It felt safe to be honest once we had agreed confidentiality.",
      "My mentee followed up on what I raised, which I did not expect.",
      "Finding time with a busy director was the hardest part.");

  static final List<String> MENTEE_COMMENTS = List.of(
      "I learned more in six sessions than in years of training.",
      "Uncomfortable at times, and that was the point.",
      "I have changed how I run shortlisting in my directorate.");

  static final List<String> ROLLOUT_EXPAND = List.of(
      "The pilot worked: open it to Band 7 as well, with the pilot's people as ambassadors and its mentors mentoring"
          + " again.");

  static final List<String> ROLLOUT_CONTINUE = List.of(
      "The pilot worked: run another cohort with the pilot's mentors as ambassadors.");

  static final List<String> ROLLOUT_STOP = List.of(
      "The pilot has run its course; we will report the findings to the board before deciding on more.");

  private Phrases() {}

  /** Between {@code min} and {@code max} different options, joined by ", ", in the options' order. */
  static String someOf(List<String> options, int min, int max, Random random) {
    return String.join(", ", choose(options, min, max, random));
  }

  static List<String> choose(List<String> options, int min, int max, Random random) {
    List<String> shuffled = new ArrayList<>(options);
    Collections.shuffle(shuffled, random);
    int count = min + random.nextInt(max - min + 1);
    List<String> chosen = shuffled.subList(0, Math.min(count, shuffled.size()));
    return options.stream().filter(chosen::contains).toList();
  }

  static final List<String> CONCERNS = List.of(
      "Comments about my hair in team meetings that my manager laughs along with",
      "I was left off the shortlist again and nobody can tell me why",
      "A colleague keeps mispronouncing my name on purpose",
      "My request for flexible working for a religious festival was refused without a reason");

  static final List<String> CONCERN_OUTCOMES = List.of(
      "Spoke with the line manager; a facilitated conversation took place and the team has booked training",
      "The shortlisting was reviewed with HR; feedback given and a development plan agreed",
      "Raised with the colleague's manager; behaviour addressed under the dignity at work policy");
}
