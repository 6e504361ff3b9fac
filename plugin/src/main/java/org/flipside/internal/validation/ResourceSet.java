package org.flipside.internal.validation;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What a set of files offers beyond one file: the forms it brings, and those already deployed.
 *
 * @param formIds the ids of the forms in the set
 * @param deployedForm whether a form of this id is already deployed
 */
record ResourceSet(Set<String> formIds, Predicate<String> deployedForm) {

  boolean hasForm(String formId) {
    return formIds.contains(formId) || deployedForm.test(formId);
  }
}
