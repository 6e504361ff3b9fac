package org.flipside.model;

/** Lifecycle of one version of a learning agreement. */
public enum AgreementStatus {
  DRAFT,
  CONFIRMED,
  SUPERSEDED,
  /** A proposed change one partner did not agree to. */
  DECLINED
}
