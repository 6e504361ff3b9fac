package org.flipside.internal.delegate.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.flipside.api.FieldError;
import org.flipside.api.ValidationException;
import org.flipside.bpmn.vocabulary.Var;
import org.flipside.bpmn.vocabulary.Vars;
import org.flipside.internal.delegate.Variables;
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

  private MatchingSettingsFields() {
  }

  /** The form field holding a soft rule's weight. */
  static Var<Double> weightField(SoftRule rule) {
    return switch (rule) {
      case LEADS_WANTED_AREA -> Vars.WEIGHT_LEADS_WANTED_AREA;
      case SHARED_TOPICS -> Vars.WEIGHT_SHARED_TOPICS;
      case COMPATIBLE_FORMAT -> Vars.WEIGHT_COMPATIBLE_FORMAT;
      case SHARED_AVAILABILITY -> Vars.WEIGHT_SHARED_AVAILABILITY;
      case SAME_LOCATION -> Vars.WEIGHT_SAME_LOCATION;
    };
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
      Double weight = Variables.optional(submitted, weightField(rule));
      if (weight == null) {
        continue;
      }
      try {
        MatchingRules.requireValidWeight(rule, weight);
        weights.put(rule, weight);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(weightField(rule).name(), e.getMessage()));
      }
    }
    Integer mentorsPerMentee = Variables.optional(submitted, Vars.MENTORS_PER_MENTEE);
    if (mentorsPerMentee != null) {
      try {
        HardRules.requireValidMentorsPerMentee(mentorsPerMentee);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(Vars.MENTORS_PER_MENTEE.name(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (mentorsPerMentee != null) {
      settings.allowMentorsPerMentee(mentorsPerMentee);
    }
    settings.switchHardRules(
        flag(submitted, Vars.SEPARATE_LINE_CHAINS, current.separateLineManagementChains()),
        flag(submitted, Vars.SEPARATE_DEPARTMENTS, current.separateDepartments()),
        flag(submitted, Vars.ENFORCE_BAND_GAP, current.enforceSeniorityGap()),
        flag(submitted, Vars.EXCLUDE_DECLARED_CONFLICTS, current.excludeDeclaredConflicts()),
        flag(submitted, Vars.HONOUR_MENTOR_CAPACITY, current.honourMentorCapacity()));
    weights.forEach(settings::weigh);
  }

  /** Shows the programme's current settings in the fields, for the next form that has them. */
  static void show(Programme programme, VariableScope scope) {
    HardRules hard = programme.getMatching().hardRules(0);
    Variables.set(scope, Vars.SEPARATE_LINE_CHAINS, hard.separateLineManagementChains());
    Variables.set(scope, Vars.SEPARATE_DEPARTMENTS, hard.separateDepartments());
    Variables.set(scope, Vars.ENFORCE_BAND_GAP, hard.enforceSeniorityGap());
    Variables.set(scope, Vars.EXCLUDE_DECLARED_CONFLICTS, hard.excludeDeclaredConflicts());
    Variables.set(scope, Vars.HONOUR_MENTOR_CAPACITY, hard.honourMentorCapacity());
    Variables.set(scope, Vars.MENTORS_PER_MENTEE, hard.mentorsPerMentee());
    programme.getMatching().weights().forEach((rule, weight) -> Variables.set(scope, weightField(rule), weight));
  }

  private static boolean flag(VariableScope submitted, Var<Boolean> field, boolean current) {
    Boolean value = Variables.optional(submitted, field);
    return value == null ? current : value;
  }
}
