package org.flipside.internal.delegate.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.internal.host.Directory;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.Test;

/** The colleagues an applicant may name as a conflict: everyone employed but the applicant, by name. */
class ColleagueOptionsTest {

  private final List<Employee> staff = new ArrayList<>(List.of(
      employee("e1", "Cara Evans", "Finance"),
      employee("e2", "Amir Shah", "Pharmacy"),
      employee("e3", "Bea Jones", "Estates")));
  private final ColleagueOptions options = new ColleagueOptions(new Directory(new Staff()));

  @Test
  void offersEveryColleagueButTheApplicantInNameOrderWithTheirDepartment() {
    assertThat(options.offeredTo("e3")).containsExactly(
        Map.of("value", "e2", "label", "Amir Shah (Pharmacy)"),
        Map.of("value", "e1", "label", "Cara Evans (Finance)"));
    assertThat(options.offeredTo("e2")).extracting(option -> option.get("value")).containsExactly("e3", "e1");
    assertThat(options.offeredTo("e1")).extracting(option -> option.get("value")).containsExactly("e2", "e3");
  }

  @Test
  void anApplicantTheDirectoryNoLongerListsSeesEveryone() {
    assertThat(options.offeredTo("gone")).extracting(option -> option.get("value")).containsExactly("e2", "e3", "e1");
  }

  @Test
  void aJoinerAndALeaverShowAtOnce() {
    assertThat(options.offeredTo("e1")).hasSize(2);
    staff.add(employee("e4", "Dev Patel", "People"));
    staff.remove(1);

    assertThat(options.offeredTo("e1")).extracting(option -> option.get("value")).containsExactly("e3", "e4");
  }

  private static Employee employee(String id, String name, String department) {
    return new Employee(id, name, 5, "Band 5", department, null, true);
  }

  private final class Staff implements EmployeeDirectory {

    @Override
    public Optional<Employee> find(String employeeId) {
      return staff.stream().filter(employee -> employee.id().equals(employeeId)).findFirst();
    }

    @Override
    public List<Employee> employees() {
      return List.copyOf(staff);
    }

    @Override
    public Set<String> rolesOf(String employeeId) {
      return Set.of();
    }
  }
}
