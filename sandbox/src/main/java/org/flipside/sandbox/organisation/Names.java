package org.flipside.sandbox.organisation;

import java.util.List;
import java.util.Random;

/**
 * Display names for synthetic employees. A name is drawn independently of the employee's private
 * profile, so nothing Flipside sees hints at anyone's ethnicity or gender.
 */
final class Names {

  private static final List<String> GIVEN = List.of(
      "Aisha", "Alex", "Amara", "Ben", "Callum", "Chloe", "Daniel", "Deepa", "Ebony", "Emma",
      "Fatima", "George", "Grace", "Hannah", "Harpreet", "Imran", "James", "Jasmine", "Jordan", "Kofi",
      "Kwame", "Laura", "Lucy", "Megan", "Mohammed", "Nathan", "Niamh", "Olu", "Oliver", "Patrick",
      "Priya", "Rachel", "Ravi", "Sam", "Samuel", "Sophie", "Tariq", "Thomas", "Uche", "Victoria",
      "Wei", "Yasmin", "Zoe", "Zainab");

  private static final List<String> FAMILY = List.of(
      "Adeyemi", "Ahmed", "Begum", "Brown", "Campbell", "Chen", "Clarke", "Davies", "Evans", "Hughes",
      "Hussain", "Jones", "Kaur", "Khan", "Kowalski", "Mensah", "Murphy", "Nguyen", "O'Brien", "Okafor",
      "Osei", "Patel", "Roberts", "Singh", "Smith", "Taylor", "Thompson", "Walker", "Williams", "Wilson",
      "Wright", "Yilmaz");

  private Names() {}

  static String draw(Random random) {
    return GIVEN.get(random.nextInt(GIVEN.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
  }
}
