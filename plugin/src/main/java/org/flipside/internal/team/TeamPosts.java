package org.flipside.internal.team;

import org.flipside.model.DeliveryRole;

/** How each post of a delivery team is named in messages and errors. */
public final class TeamPosts {

  private TeamPosts() {
  }

  /** The post's name in a sentence, such as "staff-network representative". */
  public static String title(DeliveryRole role) {
    return switch (role) {
      case LIAISON -> "liaison";
      case COACH -> "coach";
      case TRAINER -> "trainer";
      case COMMUNICATIONS_CONTACT -> "communications contact";
      case STEERING_GROUP_MEMBER -> "steering group member";
      case STAFF_NETWORK_REPRESENTATIVE -> "staff-network representative";
      case TRAINING_PROVIDER -> "external training provider";
      case SPEAKER -> "speaker";
    };
  }
}
