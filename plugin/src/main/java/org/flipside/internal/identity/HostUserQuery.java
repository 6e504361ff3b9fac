package org.flipside.internal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.flipside.internal.host.Directory;
import org.flipside.spi.Employee;

/**
 * The engine's user query, answered from the host directory: the employed employees, narrowed by
 * id, name or role. The directory has no e-mail addresses and Flipside's diagrams name no potential
 * starters, so asking by either is refused rather than answered with nobody.
 */
final class HostUserQuery extends UserQueryImpl {

  private static final long serialVersionUID = 1L;

  private static final QueryResults<User> RESULTS = new QueryResults<>("users", Map.of(
      UserQueryProperty.USER_ID, User::getId,
      UserQueryProperty.FIRST_NAME, User::getFirstName,
      UserQueryProperty.LAST_NAME, User::getLastName,
      UserQueryProperty.EMAIL, User::getEmail),
      User::getId);

  private final transient Directory directory;

  /** A query run in the engine command that creates it. */
  HostUserQuery(Directory directory) {
    this.directory = directory;
  }

  /** A query that runs as a command of its own. */
  HostUserQuery(Directory directory, CommandExecutor commandExecutor) {
    super(commandExecutor);
    this.directory = directory;
  }

  /**
   * The employee as a user. The directory has one display name, split here at its last space, so
   * that first and last name together read as the display name.
   */
  static User userOf(Employee employee) {
    UserEntity user = new UserEntity(employee.id());
    String name = employee.displayName().strip();
    int lastSpace = name.lastIndexOf(' ');
    user.setFirstName(lastSpace < 0 ? name : name.substring(0, lastSpace).strip());
    user.setLastName(lastSpace < 0 ? null : name.substring(lastSpace + 1));
    return user;
  }

  @Override
  public UserQuery userEmail(String email) {
    throw refused("userEmail", "the host directory has no e-mail addresses");
  }

  @Override
  public UserQuery userEmailLike(String emailLike) {
    throw refused("userEmailLike", "the host directory has no e-mail addresses");
  }

  @Override
  public UserQuery potentialStarter(String procDefId) {
    throw refused("potentialStarter", "Flipside's processes name no potential starters");
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    checkQueryOk();
    return matches().size();
  }

  @Override
  public List<User> executeList(CommandContext commandContext, Page page) {
    checkQueryOk();
    return RESULTS.pageOf(matches(), this, page);
  }

  private List<User> matches() {
    if (tenantId != null) {
      // Flipside has no tenants, so nobody is a member of one
      return List.of();
    }
    return candidates().map(HostUserQuery::userOf).filter(this::hasTheNames).toList();
  }

  /** The employees the narrowest criterion picks: those asked for by id, a role's holders, or all. */
  private Stream<Employee> candidates() {
    if (id != null || hasIds()) {
      Stream<Employee> asked = askedIds().map(directory::employed).flatMap(Optional::stream);
      return groupId == null ? asked : asked.filter(employee -> directory.rolesOf(employee.id()).contains(groupId));
    }
    if (groupId != null) {
      return directory.holdersOf(groupId).stream();
    }
    return directory.employees().stream();
  }

  /** The ids asked for, as the engine's SQL reads them: equal to the one id and among the ids. */
  private Stream<String> askedIds() {
    Stream<String> asked = id != null ? Stream.of(id) : Arrays.stream(ids);
    return asked.distinct().filter(candidate -> !hasIds() || Arrays.asList(ids).contains(candidate));
  }

  private boolean hasIds() {
    return ids != null && ids.length > 0;
  }

  private boolean hasTheNames(User user) {
    return (firstName == null || firstName.equals(user.getFirstName()))
        && (firstNameLike == null || LikePattern.of(firstNameLike).matches(user.getFirstName()))
        && (lastName == null || lastName.equals(user.getLastName()))
        && (lastNameLike == null || LikePattern.of(lastNameLike).matches(user.getLastName()));
  }

  private static BadUserRequestException refused(String criterion, String reason) {
    return new BadUserRequestException("users cannot be queried by " + criterion + ": " + reason);
  }
}
