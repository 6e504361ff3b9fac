package org.flipside.model.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** A resource-local persistence unit described in code rather than in persistence.xml. */
final class FlipsidePersistenceUnit implements PersistenceUnitInfo {

  private final String name;
  private final List<String> managedClassNames;
  private final DataSource dataSource;
  private final ClassLoader classLoader;
  private final Properties properties = new Properties();

  FlipsidePersistenceUnit(String name, List<String> managedClassNames, DataSource dataSource,
      ClassLoader classLoader, Map<String, ?> properties) {
    this.name = name;
    this.managedClassNames = List.copyOf(managedClassNames);
    this.dataSource = dataSource;
    this.classLoader = classLoader;
    properties.forEach((key, value) -> {
      if (value != null) {
        this.properties.put(key, value);
      }
    });
  }

  @Override
  public String getPersistenceUnitName() {
    return name;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return PersistenceProvider.class.getName();
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
  }

  @Override
  public DataSource getJtaDataSource() {
    return null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return dataSource;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  /** Where the entity classes live; EclipseLink requires a root even though it scans nothing here. */
  @Override
  public URL getPersistenceUnitRootUrl() {
    CodeSource codeSource = FlipsidePersistenceUnit.class.getProtectionDomain().getCodeSource();
    return codeSource == null ? null : codeSource.getLocation();
  }

  @Override
  public List<String> getManagedClassNames() {
    return managedClassNames;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return properties;
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.0";
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  /** Weaving is off, so transformers are never needed. */
  @Override
  public void addTransformer(ClassTransformer transformer) {
  }

  /** The same loader: without weaving there is nothing to keep apart, and OSGi offers no fresh loader. */
  @Override
  public ClassLoader getNewTempClassLoader() {
    return classLoader;
  }
}
