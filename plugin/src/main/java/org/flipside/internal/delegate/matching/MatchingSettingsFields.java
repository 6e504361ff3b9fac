package org.flipside.internal.delegate.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.model.MatchingSettings;
import org.flipside.model.Programme;
import org.flipside.model.matching.HardRules;
import org.flipside.model.matching.MatchingRules;
import org.flipside.model.matching.SoftRule;

/**
 * The matching rules as form fields: the scoping form sets them, and the match review shows them filled in so the
 * admin can change them before proposing again. A field left out of a submission keeps its current value.
 */
public final class MatchingSettingsFields {

  static final String SEPARATE_LINE_CHAINS = "separateLineChains";
  static final String SEPARATE_DEPARTMENTS = "separateDepartments";
  static final String ENFORCE_BAND_GAP = "enforceBandGap";
  static final String EXCLUDE_CONFLICTS = "excludeDeclaredConflicts";
  static final String HONOUR_CAPACITY = "honourMentorCapacity";
  static final String MENTORS_PER_MENTEE = "mentorsPerMentee";

  private MatchingSettingsFields() {
  }

  /** The form field holding a soft rule's weight, such as {@code weightSharedTopics}. */
  static String weightField(SoftRule rule) {
    StringBuilder field = new StringBuilder("weight");
    for (String word : rule.ruleName().split("-")) {
      field.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return field.toString();
  }

  /**
   * Applies what the submission changed to the programme's settings.
   *
   * @throws ValidationException naming each weight out of range; nothing is changed then
   */
  public static void apply(VariableScope submitted, Programme programme) {
    MatchingSettings settings = programme.getMatching();
    HardRules current = settings.hardRules(0);
    List<FieldError> errors = new ArrayList<>();
    Map<SoftRule, Double> weights = new LinkedHashMap<>();
    for (SoftRule rule : SoftRule.values()) {
      Object value = submitted.getVariable(weightField(rule));
      if (value == null) {
        continue;
      }
      double weight = ((Number) value).doubleValue();
      try {
        MatchingRules.requireValidWeight(rule, weight);
        weights.put(rule, weight);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(weightField(rule), e.getMessage()));
      }
    }
    Object mentorsPerMentee = submitted.getVariable(MENTORS_PER_MENTEE);
    if (mentorsPerMentee != null) {
      try {
        HardRules.requireValidMentorsPerMentee(((Number) mentorsPerMentee).intValue());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(MENTORS_PER_MENTEE, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (mentorsPerMentee != null) {
      settings.allowMentorsPerMentee(((Number) mentorsPerMentee).intValue());
    }
    settings.switchHardRules(
        flag(submitted, SEPARATE_LINE_CHAINS, current.separateLineManagementChains()),
        flag(submitted, SEPARATE_DEPARTMENTS, current.separateDepartments()),
        flag(submitted, ENFORCE_BAND_GAP, current.enforceSeniorityGap()),
        flag(submitted, EXCLUDE_CONFLICTS, current.excludeDeclaredConflicts()),
        flag(submitted, HONOUR_CAPACITY, current.honourMentorCapacity()));
    weights.forEach(settings::weigh);
  }

  /** Shows the programme's current settings in the fields, for the next form that has them. */
  static void show(Programme programme, VariableScope scope) {
    HardRules hard = programme.getMatching().hardRules(0);
    scope.setVariable(SEPARATE_LINE_CHAINS, hard.separateLineManagementChains());
    scope.setVariable(SEPARATE_DEPARTMENTS, hard.separateDepartments());
    scope.setVariable(ENFORCE_BAND_GAP, hard.enforceSeniorityGap());
    scope.setVariable(EXCLUDE_CONFLICTS, hard.excludeDeclaredConflicts());
    scope.setVariable(HONOUR_CAPACITY, hard.honourMentorCapacity());
    scope.setVariable(MENTORS_PER_MENTEE, hard.mentorsPerMentee());
    programme.getMatching().weights().forEach((rule, weight) -> scope.setVariable(weightField(rule), weight));
  }

  private static boolean flag(VariableScope submitted, String field, boolean current) {
    Object value = submitted.getVariable(field);
    return value == null ? current : Boolean.TRUE.equals(value);
  }
}
