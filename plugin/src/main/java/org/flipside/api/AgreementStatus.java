package org.flipside.api;

/**
 * Where a version of a learning agreement stands.
 *
 * @since 1.0
 */
public enum AgreementStatus {
  /** Waiting for a partner's confirmation. */
  DRAFT,
  /** The version that holds. */
  CONFIRMED,
  /** Replaced by a later confirmed version. */
  SUPERSEDED,
  /** Declined by a partner. */
  DECLINED
}
