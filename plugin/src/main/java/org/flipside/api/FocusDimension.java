package org.flipside.api;

/**
 * The under-represented groups a programme focuses on.
 *
 * @since 1.0
 */
public enum FocusDimension {
  RACE_AND_ETHNICITY,
  GENDER,
  GENERATION,
  DISABILITY,
  SEXUAL_ORIENTATION,
  SOCIAL_BACKGROUND,
  DIGITAL,
  SUSTAINABILITY
}
