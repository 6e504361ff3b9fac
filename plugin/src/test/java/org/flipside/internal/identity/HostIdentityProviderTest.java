package org.flipside.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.spi.FlipsideRoles.HR_ADMIN;
import static org.flipside.spi.FlipsideRoles.SPONSOR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.flipside.internal.host.Directory;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's users and groups as the host directory gives them: ada and cy are HR admins, cy
 * also a sponsor, bo holds no role, and dee, an HR admin, has left.
 */
class HostIdentityProviderTest {

  private final EmployeeDirectory host = mock(EmployeeDirectory.class);
  // queries made outside an engine command need a running engine: EngineIdentityTest has them
  private final HostIdentityProvider provider = new HostIdentityProvider(new Directory(host), null);

  private final Employee ada = employee("ada", "Ada Lovelace", true);
  private final Employee bo = employee("bo", "Bo", true);
  private final Employee cy = employee("cy", "Cy de la Cruz", true);
  private final Employee dee = employee("dee", "Dee Left", false);

  @BeforeEach
  void organisation() {
    Map<String, Set<String>> roles =
        Map.of("ada", Set.of(HR_ADMIN), "cy", Set.of(HR_ADMIN, SPONSOR), "dee", Set.of(HR_ADMIN));
    for (Employee employee : List.of(ada, bo, cy, dee)) {
      when(host.find(employee.id())).thenReturn(Optional.of(employee));
      when(host.rolesOf(employee.id())).thenReturn(roles.getOrDefault(employee.id(), Set.of()));
    }
    when(host.find("nobody")).thenReturn(Optional.empty());
    when(host.rolesOf("nobody")).thenReturn(Set.of());
    // the directory's own order, which the queries must not depend on
    when(host.employees()).thenReturn(List.of(cy, ada, bo));
    when(host.holdersOf(anyString())).thenReturn(List.of());
    when(host.holdersOf(HR_ADMIN)).thenReturn(List.of(cy, ada));
    when(host.holdersOf(SPONSOR)).thenReturn(List.of(cy));
  }

  @Test
  void theUsersAreTheEmployedEmployeesInIdOrderWithTheirDisplayNameAsFirstAndLastName() {
    List<User> users = users().list();

    assertThat(users).extracting(User::getId).containsExactly("ada", "bo", "cy");
    assertThat(users).extracting(User::getFirstName).containsExactly("Ada", "Bo", "Cy de la");
    assertThat(users).extracting(User::getLastName).containsExactly("Lovelace", null, "Cruz");
    assertThat(users).extracting(User::getEmail).containsOnlyNulls();
  }

  @Test
  void findsAUserByIdOnlyWhileTheyAreEmployed() {
    assertThat(provider.findUserById("ada").getLastName()).isEqualTo("Lovelace");
    assertThat(provider.findUserById("dee")).isNull();
    assertThat(provider.findUserById("nobody")).isNull();
  }

  @Test
  void findsUsersByIdsAndByRoleFromTheRolesHoldersWithoutListingEveryone() {
    assertThat(users().userIdIn("cy", "dee", "ada", "nobody").list())
        .extracting(User::getId).containsExactly("ada", "cy");
    assertThat(users().memberOfGroup(HR_ADMIN).list()).extracting(User::getId).containsExactly("ada", "cy");
    assertThat(users().memberOfGroup("payroll").count()).isZero();
    assertThat(users().userId("cy").memberOfGroup(SPONSOR).list()).extracting(User::getId).containsExactly("cy");
    assertThat(users().userIdIn("ada", "bo").memberOfGroup(SPONSOR).list()).isEmpty();
    assertThat(users().userId("ada").userIdIn("bo", "cy").list()).as("one id and a list of them must both match").isEmpty();

    verify(host, never()).employees();
  }

  @Test
  void findsUsersByNameAsTheEnginesSqlWould() {
    assertThat(users().userFirstName("Ada").list()).extracting(User::getId).containsExactly("ada");
    assertThat(users().userLastNameLike("%r_z").list()).extracting(User::getId).containsExactly("cy");
    assertThat(users().userFirstNameLike("C%").userLastName("Cruz").list()).extracting(User::getId).containsExactly("cy");
    assertThat(users().userFirstNameLike("%").list()).hasSize(3);
    assertThat(users().userLastNameLike("%").list()).as("an absent last name matches no pattern").hasSize(2);
    assertThat(users().userFirstNameLike("Ada\\%").count()).as("an escaped wildcard is literal").isZero();
  }

  @Test
  void ordersAndPagesUsersAsAsked() {
    assertThat(users().orderByUserLastName().desc().listPage(1, 2)).as("absent names come first when descending")
        .extracting(User::getId).containsExactly("ada", "cy");
    assertThat(users().orderByUserFirstName().asc().listPage(0, 2)).extracting(User::getId).containsExactly("ada", "bo");
    assertThat(users().orderByUserId().desc().list()).extracting(User::getId).containsExactly("cy", "bo", "ada");
    assertThat(users().listPage(2, 5)).extracting(User::getId).containsExactly("cy");
    assertThat(users().orderByUserLastName().desc().count()).isEqualTo(3);
  }

  @Test
  void refusesWhatTheDirectoryCannotAnswerAndAnOrderingWithoutDirection() {
    assertThatThrownBy(() -> users().userEmail("ada@example.org"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("userEmail").hasMessageContaining("e-mail");
    assertThatThrownBy(() -> users().userEmailLike("%@example.org")).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> users().potentialStarter("flipside-programme:1"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("potentialStarter");
    assertThatThrownBy(() -> groups().potentialStarter("flipside-programme:1"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("potentialStarter");
    assertThatThrownBy(provider::createNativeUserQuery).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> users().listPage(-1, 2))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("firstResult");
    assertThatThrownBy(() -> users().orderByUserId().list()).isInstanceOf(NotValidException.class);
  }

  @Test
  void anEmployeesGroupsAreTheRolesTheHostGrantsThemAskedOnce() {
    assertThat(groups().groupMember("cy").list()).extracting(Group::getId).containsExactly(HR_ADMIN, SPONSOR);
    assertThat(groups().groupMember("bo").list()).isEmpty();
    assertThat(groups().groupMember("cy").groupId(SPONSOR).list()).extracting(Group::getId).containsExactly(SPONSOR);

    verify(host, times(2)).rolesOf("cy");
    verify(host, never()).employees();
    verify(host, never()).holdersOf(any());
  }

  @Test
  void aGroupIsARoleThatAnEmployedEmployeeHolds() {
    Group sponsors = provider.findGroupById(SPONSOR);
    assertThat(sponsors.getName()).isEqualTo(SPONSOR);
    assertThat(sponsors.getType()).isEqualTo("WORKFLOW");
    assertThat(provider.findGroupById("payroll")).isNull();
    assertThat(groups().groupIdIn("payroll", SPONSOR, HR_ADMIN).list())
        .extracting(Group::getId).containsExactly(HR_ADMIN, SPONSOR);

    assertThat(groups().list()).extracting(Group::getId).containsExactly(HR_ADMIN, SPONSOR);
    assertThat(groups().orderByGroupId().desc().listPage(1, 1)).extracting(Group::getId).containsExactly(HR_ADMIN);
    assertThat(groups().groupNameLike("%sponsor").list()).extracting(Group::getId).containsExactly(SPONSOR);
    assertThat(groups().groupType("SYSTEM").count()).isZero();
  }

  @Test
  void nobodySignsInAndThereAreNoTenants() {
    assertThat(provider.checkPassword("ada", "anything")).isFalse();
    assertThat(provider.findTenantById("trust")).isNull();
    assertThat(provider.createTenantQuery(null).list()).isEmpty();
    assertThat(provider.createTenantQuery(null).userMember("ada").count()).isZero();
    assertThat(users().memberOfTenant("trust").list()).isEmpty();
    assertThat(groups().memberOfTenant("trust").list()).isEmpty();
  }

  private UserQuery users() {
    return provider.createUserQuery(null);
  }

  private GroupQuery groups() {
    return provider.createGroupQuery(null);
  }

  private static Employee employee(String id, String name, boolean employed) {
    return new Employee(id, name, 5, "Band 5", "People", null, employed);
  }
}
