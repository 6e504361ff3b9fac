package org.flipside.api;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Flipside's processes, decision tables and forms as a process owner edits them in Camunda Modeler: check a set of
 * files, deploy it as new versions, list the versions with who deployed them and when, and read a version back.
 *
 * <p>A deployment changes nothing that runs: a programme or pair journey stays on the version it started with, and
 * new ones start on the newest. A set with any problem is not deployed at all.
 *
 * <p>Only HR admins ({@link org.flipside.spi.FlipsideRoles#HR_ADMIN}) and process owners ({@link
 * org.flipside.spi.FlipsideRoles#PROCESS_OWNER}) may use it; everyone else gets {@link AccessDeniedException}.
 *
 * @since 1.0
 */
@ProviderType
public interface ProcessLibrary {

  /**
   * Where, below the host's HTTP root, Flipside answers Camunda Modeler's "Deploy" button as a Camunda 7 REST
   * endpoint, when the host runs an OSGi Servlet Whiteboard and offers a {@link org.flipside.spi.CallerAuthenticator}.
   */
  String MODELER_PATH = "/flipside/engine-rest";

  /**
   * Checks a set of BPMN diagrams, DMN tables and forms as {@link #deploy} would, and deploys nothing.
   *
   * @param resources the files, each named as in Modeler (such as {@code pair-journey.bpmn})
   * @return every problem found, each naming its file and element; empty when the set may be deployed
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   * @throws ValidationException when the set is empty or a file has no name or no content
   */
  List<ProcessProblem> validate(Actor actor, List<ProcessResource> resources);

  /**
   * Checks the set and, when it has no problem, deploys the files that changed since the last deployment of the same
   * name as new versions. Unchanged files are not deployed again.
   *
   * @param name the deployment's name; files are compared with the earlier deployments of this name made through
   *     the library (the bundle's own deployments are kept apart, so the bundle and a process owner each deploy
   *     what they changed)
   * @param resources the files, each named as in Modeler
   * @return what was deployed: the new process versions (none when nothing changed)
   * @throws InvalidProcessesException naming each problem; nothing was deployed
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   * @throws ValidationException when the name is blank, the set is empty or a file has no name or no content
   */
  ProcessDeployment deploy(Actor actor, String name, List<ProcessResource> resources);

  /**
   * Every version of every process, by process key and then version.
   *
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   */
  List<ProcessVersion> versions(Actor actor);

  /**
   * The BPMN XML of one version.
   *
   * @param definitionId the version's {@link ProcessVersion#definitionId()}
   * @throws NotFoundException when there is no such version
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   */
  ProcessResource diagram(Actor actor, String definitionId);

  /**
   * The forms one version's user tasks show, as that version resolves them: from its own deployment where it has
   * them, else the newest deployed.
   *
   * @param definitionId the version's {@link ProcessVersion#definitionId()}
   * @throws NotFoundException when there is no such version
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   */
  List<ProcessResource> forms(Actor actor, String definitionId);

  /**
   * How many running programmes, pair journeys or other instances of one version wait at each of its steps, as
   * Camunda Cockpit overlays them on the diagram: each step counts under its own id, a step inside a sub-process too
   * (the sub-process itself only where an instance waits on it, such as at a timer on its border), and a call
   * activity counts the instances whose called process runs.
   *
   * @param definitionId the version's {@link ProcessVersion#definitionId()}
   * @return each step's BPMN element id with its number of waiting instances, by id; a step nobody waits in is
   *     left out, so an empty map means nothing runs on this version
   * @throws NotFoundException when there is no such version
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   * @since 1.0
   */
  Map<String, Long> runningInstancesBySteps(Actor actor, String definitionId);

  /**
   * Which running programmes and pair journeys on older versions of the process could move to this version, as the
   * engine's migration validation finds: each step they wait in must exist in the new version. Nothing moves.
   *
   * @param definitionId the version to move to
   * @throws NotFoundException when there is no such version
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   */
  MigrationReport previewMigration(Actor actor, String definitionId);

  /**
   * Moves every running programme or pair journey on an older version of the process that can move to this version,
   * each on its own, so one that cannot does not hold the others back; those that cannot stay on their version.
   *
   * @param definitionId the version to move to
   * @return those that moved, and those that could not with why
   * @throws NotFoundException when there is no such version
   * @throws AccessDeniedException when the actor is neither an HR admin nor a process owner
   */
  MigrationReport migrate(Actor actor, String definitionId);
}
