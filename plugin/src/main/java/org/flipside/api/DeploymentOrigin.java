package org.flipside.api;

/**
 * Where a deployed version came from.
 *
 * @since 1.0
 */
public enum DeploymentOrigin {
  /** Packed in the Flipside bundle and deployed when it started. */
  BUNDLE,
  /** Deployed by an HR admin or process owner, through the API or from Camunda Modeler. */
  PROCESS_OWNER
}
