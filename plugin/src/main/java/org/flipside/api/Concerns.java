package org.flipside.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Concerns: a specific workplace issue a participant raises during a programme. It leaves the
 * mentoring process: it goes to the EDI leads (the host role {@code flipside-edi-lead}), who
 * acknowledge it within the programme's deadline, resolve it and record the outcome through tasks
 * in the {@link TaskInbox}; when nobody acknowledges it in time the HR admins are told. The person
 * who raised it is told each step; their mentoring partner is never told anything.
 *
 * @since 1.0
 */
@ProviderType
public interface Concerns {

  /**
   * Raises a concern.
   *
   * @param actor a participant taking part in the programme now
   * @param programmeId the programme's id
   * @param summary what the concern is about, at most 4000 characters
   * @return the concern as raised
   * @throws ValidationException when the summary is missing or too long
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is not taking part in the programme
   */
  ConcernView raise(Actor actor, String programmeId, String summary);

  /**
   * The concerns raised in a programme, oldest first.
   *
   * @param actor an EDI lead
   * @param programmeId the programme's id
   * @return its concerns with what they say
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor is not an EDI lead
   */
  List<ConcernView> ofProgramme(Actor actor, String programmeId);

  /**
   * The concerns the actor raised, in any programme, newest first.
   *
   * @param actor anyone
   * @return their own concerns and how far each has got
   */
  List<ConcernView> raisedBy(Actor actor);

  /**
   * How many concerns a programme has and how far they have got, without names or content.
   *
   * @param actor the programme's manager or sponsor, an HR admin, a sponsor or an EDI lead
   * @param programmeId the programme's id
   * @return the counts
   * @throws NotFoundException when there is no such programme
   * @throws AccessDeniedException when the actor may not follow the programme
   */
  ConcernCounts counts(Actor actor, String programmeId);
}
