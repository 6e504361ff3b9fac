package org.flipside.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a set of files offers beyond one file: the forms and decisions it brings, and those already deployed.
 *
 * @param forms the keys of the input fields of each form in the set, by form id
 * @param deployedForm whether a form of this id is already deployed
 * @param decisions the keys of the decisions in the set
 * @param deployedDecision whether a decision of this key is already deployed
 */
record ResourceSet(Map<String, List<String>> forms, Predicate<String> deployedForm, Set<String> decisions,
    Predicate<String> deployedDecision) {

  boolean hasDecision(String key) {
    return decisions.contains(key) || deployedDecision.test(key);
  }

  boolean hasForm(String formId) {
    return forms.containsKey(formId) || deployedForm.test(formId);
  }

  /** The keys of the fields of the set's form of this id; none when the set has no such form. */
  List<String> formFields(String formId) {
    return forms.getOrDefault(formId, List.of());
  }
}
