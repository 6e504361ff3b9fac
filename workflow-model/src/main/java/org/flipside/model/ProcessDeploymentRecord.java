package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Who deployed one deployment of Flipside's processes, when, and from where. */
@Entity
@Table(name = "fs_process_deployment")
public class ProcessDeploymentRecord {

  /** Where a deployment came from. */
  public enum Origin {
    /** The processes packed in the Flipside bundle, deployed as it started. */
    BUNDLE,
    /** An HR admin or process owner, through the API or from Camunda Modeler. */
    PROCESS_OWNER
  }

  @Id
  @Column(name = "deployment_id", length = 64)
  private String deploymentId;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, length = 20)
  private Origin origin;

  @Column(name = "deployed_by", length = 64)
  private String deployedBy;

  @Column(name = "deployed_at", nullable = false)
  private Instant deployedAt;

  /** For JPA only. */
  protected ProcessDeploymentRecord() {
  }

  /**
   * Records a deployment.
   *
   * @param deployedBy the employee id, or {@code null} for the bundle's own
   */
  public ProcessDeploymentRecord(String deploymentId, String name, Origin origin, String deployedBy,
      Instant deployedAt) {
    this.deploymentId = Objects.requireNonNull(deploymentId, "deploymentId");
    this.name = Objects.requireNonNull(name, "name");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.deployedBy = deployedBy;
    this.deployedAt = Objects.requireNonNull(deployedAt, "deployedAt");
  }

  public String getDeploymentId() {
    return deploymentId;
  }

  public String getName() {
    return name;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getDeployedBy() {
    return deployedBy;
  }

  public Instant getDeployedAt() {
    return deployedAt;
  }
}
