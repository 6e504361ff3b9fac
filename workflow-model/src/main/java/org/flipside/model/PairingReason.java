package org.flipside.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One soft rule that added to a proposed pair's score, kept so the admin can see why the pair was made. */
@Embeddable
public class PairingReason {

  @Column(name = "rule_name", nullable = false, length = 50)
  private String ruleName;

  @Column(name = "points", nullable = false)
  private double points;

  @Column(name = "detail", length = 1000)
  private String detail;

  /** For JPA only. */
  protected PairingReason() {
  }

  public PairingReason(String ruleName, double points, String detail) {
    this.ruleName = Objects.requireNonNull(ruleName, "ruleName");
    this.points = points;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public String getRuleName() {
    return ruleName;
  }

  public double getPoints() {
    return points;
  }

  /** What the pair has in common under this rule, such as the shared topics; may be empty. */
  public String getDetail() {
    return detail;
  }
}
