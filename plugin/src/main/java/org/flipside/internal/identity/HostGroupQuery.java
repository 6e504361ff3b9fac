package org.flipside.internal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.flipside.internal.host.Directory;

/**
 * The engine's group query, answered from the host directory: a group is a host role, named by
 * its id, that an employed employee holds. The engine asks for a user's groups ({@code
 * groupMember}) on every candidate-task query; that is one question to the directory, so a role
 * the host grants or takes away counts at once. Flipside's diagrams name no potential starters,
 * so asking by them is refused.
 */
final class HostGroupQuery extends GroupQueryImpl {

  private static final long serialVersionUID = 1L;

  private static final QueryResults<Group> RESULTS = new QueryResults<>("groups", Map.of(
      GroupQueryProperty.GROUP_ID, Group::getId,
      GroupQueryProperty.NAME, Group::getName,
      GroupQueryProperty.TYPE, Group::getType),
      Group::getId);

  private final transient Directory directory;

  /** A query run in the engine command that creates it. */
  HostGroupQuery(Directory directory) {
    this.directory = directory;
  }

  /** A query that runs as a command of its own. */
  HostGroupQuery(Directory directory, CommandExecutor commandExecutor) {
    super(commandExecutor);
    this.directory = directory;
  }

  /** The role as a group: the host gives roles no other name, and they hand out work. */
  static Group groupOf(String role) {
    GroupEntity group = new GroupEntity(role);
    group.setName(role);
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    return group;
  }

  @Override
  public GroupQuery potentialStarter(String procDefId) {
    throw new BadUserRequestException(
        "groups cannot be queried by potentialStarter: Flipside's processes name no potential starters");
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    checkQueryOk();
    return matches().size();
  }

  @Override
  public List<Group> executeList(CommandContext commandContext, Page page) {
    checkQueryOk();
    return RESULTS.pageOf(matches(), this, page);
  }

  private List<Group> matches() {
    if (tenantId != null) {
      // Flipside has no tenants, so no group is a member of one
      return List.of();
    }
    return candidateRoles().distinct().filter(this::isAskedFor).map(HostGroupQuery::groupOf)
        .filter(this::hasTheNameAndType).toList();
  }

  /** The roles the narrowest criterion picks: the member's, those asked for that someone holds, or all held. */
  private Stream<String> candidateRoles() {
    if (userId != null) {
      return directory.rolesOf(userId).stream();
    }
    if (id != null || hasIds()) {
      return (id != null ? Stream.of(id) : Arrays.stream(ids)).filter(role -> !directory.holdersOf(role).isEmpty());
    }
    return directory.employees().stream().flatMap(employee -> directory.rolesOf(employee.id()).stream());
  }

  private boolean isAskedFor(String role) {
    return (id == null || id.equals(role)) && (!hasIds() || Arrays.asList(ids).contains(role));
  }

  private boolean hasIds() {
    return ids != null && ids.length > 0;
  }

  private boolean hasTheNameAndType(Group group) {
    return (name == null || name.equals(group.getName()))
        && (nameLike == null || LikePattern.of(nameLike).matches(group.getName()))
        && (type == null || type.equals(group.getType()));
  }
}
