package org.flipside.sandbox.organisation;

import java.util.List;
import java.util.Random;

/** How synthetic employees describe their ethnicity, within each broad group (UK census wording). */
final class Ethnicities {

  private static final List<EthnicGroup> MINORITY_GROUPS =
      List.of(EthnicGroup.BLACK, EthnicGroup.ASIAN, EthnicGroup.MIXED, EthnicGroup.OTHER);
  private static final double[] MINORITY_GROUP_SHARES = {0.33, 0.45, 0.14, 0.08};

  private Ethnicities() {}

  static EthnicGroup minorityGroup(Random random) {
    double draw = random.nextDouble();
    for (int i = 0; i < MINORITY_GROUPS.size(); i++) {
      draw -= MINORITY_GROUP_SHARES[i];
      if (draw < 0) {
        return MINORITY_GROUPS.get(i);
      }
    }
    return EthnicGroup.OTHER;
  }

  static String describe(EthnicGroup group, Random random) {
    List<String> descriptions = switch (group) {
      case WHITE -> List.of("White British", "White British", "White British", "White British",
          "White British", "White Irish", "White Polish", "White Other European");
      case BLACK -> List.of("Black British", "Black African", "Black Caribbean", "Black Nigerian");
      case ASIAN -> List.of("British Indian", "British Pakistani", "British Bangladeshi", "Chinese",
          "Asian British", "Sri Lankan Tamil");
      case MIXED -> List.of("Mixed White and Black Caribbean", "Mixed White and Asian",
          "Mixed White and Black African");
      case OTHER -> List.of("Arab", "Latin American", "Kurdish", "Any other ethnic group");
    };
    return descriptions.get(random.nextInt(descriptions.size()));
  }
}
