package org.flipside.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One deployed version of a process.
 *
 * @param definitionId the version's id, for reading its diagram and forms
 * @param processKey the process's key, the same for every version
 * @param version the version number, 1 for the first
 * @param resource the file the version was deployed from
 * @param deploymentId the deployment that brought it
 * @param deploymentName the deployment's name
 * @param deployedBy the employee id of who deployed it, or {@code null} for the bundle's own
 * @param deployedAt when it was deployed
 * @param origin whether the bundle or a process owner deployed it
 * @since 1.0
 */
public record ProcessVersion(String definitionId, String processKey, int version, String resource,
    String deploymentId, String deploymentName, @Nullable String deployedBy, Instant deployedAt, DeploymentOrigin origin) {}
