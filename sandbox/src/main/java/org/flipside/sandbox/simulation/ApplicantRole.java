package org.flipside.sandbox.simulation;

/** The side an invitee applies for, as the application form's {@code interest} values name it. */
enum ApplicantRole {
  MENTOR("mentor"),
  MENTEE("mentee");

  private final String formValue;

  ApplicantRole(String formValue) {
    this.formValue = formValue;
  }

  String formValue() {
    return formValue;
  }
}
