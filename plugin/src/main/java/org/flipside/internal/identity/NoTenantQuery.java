package org.flipside.internal.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's tenant query: Flipside runs every programme in one organisation, so it finds none. */
final class NoTenantQuery extends TenantQueryImpl {

  private static final long serialVersionUID = 1L;

  /** A query run in the engine command that creates it. */
  NoTenantQuery() {
  }

  /** A query that runs as a command of its own. */
  NoTenantQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    checkQueryOk();
    return 0;
  }

  @Override
  public List<Tenant> executeList(CommandContext commandContext, Page page) {
    checkQueryOk();
    return new ArrayList<>();
  }
}
