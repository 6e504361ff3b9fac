package org.flipside.internal.delegate.recruitment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.flipside.bpmn.vocabulary.Decisions;
import org.flipside.internal.host.Directory;
import org.flipside.model.Programme;
import org.flipside.model.matching.HardRules;
import org.flipside.spi.Employee;

/**
 * How many employed employees the programme's scope would invite on each side, asked of the same eligibility
 * decision that recruitment asks: what the scoping and sign-off forms show, and what a cohort size is checked
 * against before the sponsor signs off.
 *
 * @param mentorsOnly employees invited as mentors only
 * @param menteesOnly employees invited as mentees only
 * @param either employees invited on either side (a reciprocal programme whose bands overlap)
 */
public record EligiblePool(int mentorsOnly, int menteesOnly, int either) {

  /**
   * The pool the programme's bands, departments or directorates, host groups and named list give today; nobody
   * before scoping has chosen the bands.
   */
  public static EligiblePool of(Programme programme, RepositoryService repository, Directory directory) {
    if (programme.getMentorMaximumBand() == null || programme.getMenteeMinimumBand() == null) {
      return new EligiblePool(0, 0, 0);
    }
    Map<String, String> answers = new Eligibility(repository).invitations(programme,
        directory.employees().stream().filter(Employee::employed).toList(), directory);
    int mentors = 0;
    int mentees = 0;
    int either = 0;
    for (String answer : answers.values()) {
      switch (answer) {
        case Decisions.AS_MENTOR -> mentors++;
        case Decisions.AS_MENTEE -> mentees++;
        case Decisions.AS_EITHER -> either++;
        default -> { }
      }
    }
    return new EligiblePool(mentors, mentees, either);
  }

  /**
   * The side the scope invites one employee to apply for ({@link Decisions#AS_MENTOR}, {@link Decisions#AS_MENTEE}
   * or {@link Decisions#AS_EITHER}), asked of the same decision; empty when it does not invite them, when they are
   * not employed, or before the bands are chosen.
   */
  public static Optional<String> invitedAs(Programme programme, RepositoryService repository, Directory directory,
      String employeeId) {
    if (employeeId == null || programme.getMentorMaximumBand() == null || programme.getMenteeMinimumBand() == null) {
      return Optional.empty();
    }
    return directory.employed(employeeId)
        .map(employee -> new Eligibility(repository).invitations(programme, List.of(employee), directory)
            .get(employee.id()))
        .filter(answer -> !Decisions.NOT_INVITED.equals(answer));
  }

  /** Everyone who could apply as a mentor. */
  public int mentorSide() {
    return mentorsOnly + either;
  }

  /** Everyone who could apply as a mentee. */
  public int menteeSide() {
    return menteesOnly + either;
  }

  /**
   * The most pairs the pool can form under the rules: each mentee in as many pairs as a mentee may have mentors,
   * each mentor in one pair unless mentors take as many mentees as they offer (then mentors set no limit here).
   * When everyone is in one pair, those eligible on either side fill whichever side is short.
   */
  public long mostPairs(HardRules rules) {
    long mentees = (long) menteeSide() * rules.mentorsPerMentee();
    if (rules.honourMentorCapacity()) {
      return mentees;
    }
    long most = Math.min(mentorSide(), mentees);
    return rules.mentorsPerMentee() == 1 ? Math.min(most, (mentorsOnly + menteesOnly + either) / 2) : most;
  }

  /** The counts in a sentence, with the programme's names for the two sides. */
  public String describe(Programme programme) {
    String sentence = counted(mentorSide(), programme.getMentorLabel()) + " and "
        + counted(menteeSide(), programme.getMenteeLabel()) + (mentorSide() + menteeSide() == 1 ? " is" : " are")
        + " eligible";
    return either == 0 ? sentence : sentence + " (" + either + " of them on either side)";
  }

  /** A count with its label, plural unless the count is one: "1 mentor", "2 mentees". */
  public static String counted(int count, String label) {
    return count + " " + label + (count == 1 ? "" : "s");
  }
}
