package org.flipside.model;

/** Lifecycle of one version of a learning agreement. */
public enum AgreementStatus {
  DRAFT,
  CONFIRMED,
  SUPERSEDED
}
