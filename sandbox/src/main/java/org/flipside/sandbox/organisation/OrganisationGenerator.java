package org.flipside.sandbox.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.spi.Employee;
import org.flipside.spi.FlipsideRoles;

/**
 * Generates a synthetic NHS-like organisation from a seed: the same seed and size always give the
 * same organisation.
 *
 * <p>The chief executive, the one very senior manager, heads the Executive Office; every other
 * department is led by a Band 9 director who reports to the chief executive. Everyone else reports
 * to someone in a higher band of their own department, or to the chief executive when nobody there
 * is more senior. Bands follow the shape of a trust's workforce, and minority ethnic staff and
 * women are spread across bands by quota so that they thin out towards the top as in the seeds.
 */
public final class OrganisationGenerator {

  /** Below this a cohort could not find mentors, mentees and admins in separate reporting lines. */
  public static final int MINIMUM_EMPLOYEES = 30;

  private static final int EMPLOYEES_PER_HR_ADMIN = 120;
  /** One employee in this many reads Welsh. */
  private static final int WELSH_EVERY = 5;
  private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

  /**
   * Generates an organisation.
   *
   * @param seed the seed every random choice derives from
   * @param size the number of employees, at least {@value #MINIMUM_EMPLOYEES}
   * @return the organisation
   */
  public SyntheticOrganisation generate(long seed, int size) {
    if (size < MINIMUM_EMPLOYEES) {
      throw new IllegalArgumentException(
          "an organisation needs at least " + MINIMUM_EMPLOYEES + " employees, not " + size);
    }
    Random random = new Random(seed);
    List<Departments.Department> departments = Departments.forSize(size);
    List<Position> positions = placePositions(departments, size, random);
    assignManagers(positions, random);
    assignProfiles(positions, random);
    assignIds(positions, random);
    assignLanguages(positions);

    Position chiefExecutive = positions.get(0);
    Position sponsor = headOf(positions, Departments.PEOPLE);
    List<String> hrAdmins = chooseHrAdmins(positions, size, random);
    Map<String, Set<String>> roles = new HashMap<>();
    hrAdmins.forEach(id -> roles.put(id, Set.of(FlipsideRoles.HR_ADMIN)));
    // the last HR admin is also the EDI lead who receives concerns; the first manages the programme
    roles.put(hrAdmins.get(hrAdmins.size() - 1), Set.of(FlipsideRoles.HR_ADMIN, FlipsideRoles.EDI_LEAD));
    roles.put(sponsor.id, Set.of(FlipsideRoles.SPONSOR));
    // a process owner, who edits the diagrams in Camunda Modeler and deploys them with that role alone
    sortedById(positions.stream().filter(p -> !p.head && p.department.equals(Departments.PEOPLE)
        && !roles.containsKey(p.id)).toList()).stream().findFirst()
        .ifPresent(owner -> roles.put(owner.id, Set.of(FlipsideRoles.PROCESS_OWNER)));

    List<Employee> employees = positions.stream().map(Position::toEmployee).toList();
    Map<String, PrivateProfile> profiles = new HashMap<>();
    positions.forEach(position -> profiles.put(position.id, position.profile));
    return new SyntheticOrganisation(employees, profiles, roles,
        departments.stream().map(Departments.Department::name).toList(),
        chiefExecutive.id, sponsor.id, hrAdmins);
  }

  /** The chief executive first, then each department's head, then everyone else by band. */
  private static List<Position> placePositions(List<Departments.Department> departments, int size, Random random) {
    List<Position> positions = new ArrayList<>();
    for (Departments.Department department : departments) {
      int band = positions.isEmpty() ? Bands.VSM : Bands.HIGHEST_AGENDA_FOR_CHANGE;
      positions.add(new Position(band, department.name(), true));
    }
    double[] departmentShares = departments.stream().mapToDouble(Departments.Department::share).toArray();
    int[] bandCounts = Quotas.split(size - departments.size(), WorkforceShape.HEADCOUNT_BELOW_VSM);
    for (int i = 0; i < bandCounts.length; i++) {
      int band = Bands.LOWEST + i;
      for (int n = 0; n < bandCounts[i]; n++) {
        Position position = new Position(band, departments.get(weighted(departmentShares, random)).name(), false);
        position.subBand = (char) ('a' + weighted(WorkforceShape.BAND_8_SUB_BANDS, random));
        positions.add(position);
      }
    }
    return positions;
  }

  /**
   * Heads report to the chief executive; others to someone in their department up to three bands
   * above them, or to anyone above them there, or to the chief executive when nobody there is.
   */
  private static void assignManagers(List<Position> positions, Random random) {
    Position chiefExecutive = positions.get(0);
    Map<String, Map<Integer, List<Position>>> byDepartmentAndBand = new HashMap<>();
    for (Position position : positions) {
      byDepartmentAndBand.computeIfAbsent(position.department, d -> new HashMap<>())
          .computeIfAbsent(position.band, b -> new ArrayList<>()).add(position);
    }
    for (Position position : positions) {
      if (position == chiefExecutive) {
        continue;
      }
      if (position.head) {
        position.manager = chiefExecutive;
        continue;
      }
      Map<Integer, List<Position>> department = byDepartmentAndBand.get(position.department);
      List<Position> candidates = inBands(department, position.band + 1, position.band + 3);
      if (candidates.isEmpty()) {
        candidates = inBands(department, position.band + 1, Bands.VSM);
      }
      if (candidates.isEmpty()) {
        candidates = List.of(chiefExecutive);
      }
      position.manager = candidates.get(random.nextInt(candidates.size()));
    }
  }

  private static List<Position> inBands(Map<Integer, List<Position>> department, int lowest, int highest) {
    List<Position> found = new ArrayList<>();
    for (int band = lowest; band <= Math.min(highest, Bands.VSM); band++) {
      found.addAll(department.getOrDefault(band, List.of()));
    }
    return found;
  }

  /** Fills each band's quotas of minority ethnic staff and of women at random within the band. */
  private static void assignProfiles(List<Position> positions, Random random) {
    for (int band = Bands.LOWEST; band <= Bands.VSM; band++) {
      int current = band;
      List<Position> inBand = new ArrayList<>(positions.stream().filter(p -> p.band == current).toList());
      int minority = Quotas.of(inBand.size(), WorkforceShape.minorityShare(band));
      int women = Quotas.of(inBand.size(), WorkforceShape.womenShare(band));
      Collections.shuffle(inBand, random);
      List<Gender> genders = new ArrayList<>();
      for (int i = 0; i < inBand.size(); i++) {
        genders.add(i < women ? Gender.WOMAN
            : random.nextDouble() < WorkforceShape.NON_BINARY_CHANCE ? Gender.NON_BINARY : Gender.MAN);
      }
      // genders drawn in a second, independent order so ethnicity and gender quotas do not align
      Collections.shuffle(genders, random);
      for (int i = 0; i < inBand.size(); i++) {
        EthnicGroup group = i < minority ? Ethnicities.minorityGroup(random) : EthnicGroup.WHITE;
        inBand.get(i).profile = new PrivateProfile(group, Ethnicities.describe(group, random), genders.get(i));
        inBand.get(i).name = Names.draw(random);
      }
    }
  }

  /**
   * Every fifth employee, in the order the positions were placed, reads Flipside's messages in Welsh, as about a
   * fifth of NHS Wales's staff speak it; everyone else in British English. No random draw, so the rest of the
   * organisation is the same for a seed as before.
   */
  private static void assignLanguages(List<Position> positions) {
    for (int i = 0; i < positions.size(); i++) {
      positions.get(i).locale = i % WELSH_EVERY == WELSH_EVERY - 1 ? WELSH : Locale.UK;
    }
  }

  /** Ids in a shuffled order, so an id says nothing about seniority. */
  private static void assignIds(List<Position> positions, Random random) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 1; i <= positions.size(); i++) {
      numbers.add(i);
    }
    Collections.shuffle(numbers, random);
    int width = Math.max(4, Integer.toString(positions.size()).length());
    for (int i = 0; i < positions.size(); i++) {
      positions.get(i).id = String.format("emp-%0" + width + "d", numbers.get(i));
    }
  }

  /** One HR admin per 120 employees (two to five), from People and Culture's bands 6 and 7 first. */
  private static List<String> chooseHrAdmins(List<Position> positions, int size, Random random) {
    int wanted = Math.max(2, Math.min(5, size / EMPLOYEES_PER_HR_ADMIN));
    List<Position> preferred = sortedById(positions.stream()
        .filter(p -> p.department.equals(Departments.PEOPLE) && p.band >= 6 && p.band <= 7).toList());
    List<Position> fallback = sortedById(positions.stream()
        .filter(p -> !p.head && p.band >= 5 && p.band <= 8 && !preferred.contains(p)).toList());
    List<Position> pool = new ArrayList<>(preferred);
    Collections.shuffle(pool, random);
    List<Position> others = new ArrayList<>(fallback);
    Collections.shuffle(others, random);
    pool.addAll(others);
    return pool.stream().limit(wanted).map(p -> p.id).sorted().toList();
  }

  private static List<Position> sortedById(List<Position> positions) {
    return positions.stream().sorted(Comparator.comparing(p -> p.id)).toList();
  }

  private static Position headOf(List<Position> positions, String department) {
    return positions.stream().filter(p -> p.head && p.department.equals(department)).findFirst().orElseThrow();
  }

  private static int weighted(double[] weights, Random random) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double draw = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A job in the organisation while it is being built. */
  private static final class Position {
    final int band;
    final String department;
    final boolean head;
    char subBand = 'a';
    Position manager;
    PrivateProfile profile;
    String name;
    String id;
    Locale locale = Locale.UK;

    Position(int band, String department, boolean head) {
      this.band = band;
      this.department = department;
      this.head = head;
    }

    Employee toEmployee() {
      return new Employee(id, name, band, Bands.label(band, subBand), department,
          manager == null ? null : manager.id, true, locale);
    }
  }
}
