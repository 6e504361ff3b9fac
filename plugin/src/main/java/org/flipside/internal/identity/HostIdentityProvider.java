package org.flipside.internal.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.flipside.internal.host.Directory;

/**
 * The engine's users and groups, read from the host's directory on every question: each employed
 * employee is a user and each host role a group, so a diagram's candidate groups are host roles and
 * a role the host grants or takes away counts at once. Flipside keeps no copy, signs nobody in (no
 * password is ever right) and has no tenants.
 */
final class HostIdentityProvider implements ReadOnlyIdentityProvider {

  private final Directory directory;
  private final CommandExecutor commandExecutor;

  /**
   * Reads through the directory; the command executor runs the queries made outside an engine
   * command, as the engine's own provider does.
   */
  HostIdentityProvider(Directory directory, CommandExecutor commandExecutor) {
    this.directory = directory;
    this.commandExecutor = commandExecutor;
  }

  @Override
  public User findUserById(String userId) {
    return new HostUserQuery(directory).userId(userId).singleResult();
  }

  @Override
  public UserQuery createUserQuery() {
    return new HostUserQuery(directory, commandExecutor);
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new HostUserQuery(directory);
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException(
        "native user queries are not supported: Flipside's users come from the host directory, not from tables");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    // the host signs its employees in; the engine never does
    return false;
  }

  @Override
  public Group findGroupById(String groupId) {
    return new HostGroupQuery(directory).groupId(groupId).singleResult();
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new HostGroupQuery(directory, commandExecutor);
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new HostGroupQuery(directory);
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(commandExecutor);
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {
    // nothing is ever written
  }

  @Override
  public void close() {
    // holds nothing to release
  }
}
