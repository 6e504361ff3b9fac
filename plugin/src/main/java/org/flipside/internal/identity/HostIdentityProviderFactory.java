package org.flipside.internal.identity;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.flipside.internal.host.Directory;

/**
 * Gives the engine its identity provider: the host's directory, read-only. Set as the engine
 * configuration's identity provider session factory, it replaces the engine's own user and group
 * tables, which Flipside does not create.
 */
public final class HostIdentityProviderFactory implements SessionFactory {

  private final Directory directory;

  /** Answers the engine's questions about users and groups from the host's directory. */
  public HostIdentityProviderFactory(Directory directory) {
    this.directory = directory;
  }

  @Override
  public Class<?> getSessionType() {
    return ReadOnlyIdentityProvider.class;
  }

  @Override
  public Session openSession() {
    // the engine opens sessions inside a command, where its configuration is the current one
    return new HostIdentityProvider(directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }
}
