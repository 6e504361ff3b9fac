package org.flipside.adapters.scim;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.adapters.RemoteServiceException;
import org.flipside.adapters.internal.JsonHttp;
import org.flipside.spi.Employee;
import org.flipside.spi.EmployeeDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The host's directory read from a SCIM 2.0 server, on every call: nothing is cached, so a leaver
 * ({@code active=false}) or a new group member counts at once, as Flipside expects of a directory.
 *
 * <ul>
 *   <li>An employee is a {@code /Users} resource; the employee id is its SCIM {@code id}.
 *   <li>{@link #holdersOf(String)} reads the role's group from {@code /Groups} and its members, and
 *       {@link #groupsOf(String)} asks {@code /Groups} for the groups with the member: no call asks every employee.
 *   <li>The manager is the enterprise extension's {@code manager.value}; {@link #unitsOf(Employee)} its
 *       {@code department}, {@code division} and {@code organization}.
 *   <li>The band and its name are read from the attributes the settings name
 *       ({@link ScimSettings#bandAttribute()}), by default Flipside's own extension.
 *   <li>Lists are read page by page ({@code startIndex}, {@code count}) until the server's {@code totalResults}.
 * </ul>
 *
 * <p>A server that cannot be reached or answers an error raises a {@link RemoteServiceException} naming the request
 * and the server's {@code detail}.
 *
 * @since 1.1
 */
public class ScimEmployeeDirectory implements EmployeeDirectory {

  private static final String SCIM_JSON = "application/scim+json";

  private final ScimSettings settings;
  private final String base;
  private final JsonHttp server;
  private final ScimAttributePath band;
  private final ScimAttributePath bandLabel;

  /**
   * A directory on the server the settings name.
   *
   * @param settings where the server is and how to ask it
   */
  public ScimEmployeeDirectory(ScimSettings settings) {
    this.settings = settings;
    this.base = settings.baseUrl().toString().replaceAll("/+$", "");
    this.server = new JsonHttp("SCIM server " + base, settings.timeout(),
        Map.of("Authorization", "Bearer " + settings.bearerToken()), SCIM_JSON);
    this.band = ScimAttributePath.parse("bandAttribute", settings.bandAttribute());
    this.bandLabel = ScimAttributePath.parse("bandLabelAttribute", settings.bandLabelAttribute());
  }

  @Override
  public Optional<Employee> find(String employeeId) {
    return user(employeeId).map(ScimUser::employee);
  }

  /**
   * Looks up an employee by their SCIM {@code userName}, such as the name they sign in with.
   *
   * @param userName the user name
   * @return the employee, or empty when no user has that name
   */
  public Optional<Employee> findByUserName(String userName) {
    return list("Users", ScimFilter.equal("userName", userName), null).stream().findFirst()
        .map(user -> scimUser(user).employee());
  }

  /** Every user whose {@code active} is not false; the filter is applied here, as not every server filters on it. */
  @Override
  public List<Employee> employees() {
    return list("Users", null, null).stream().map(user -> scimUser(user).employee()).filter(Employee::employed)
        .toList();
  }

  /**
   * The Flipside roles whose groups the employee is in (see {@link ScimSettings#roleGroups()}), and the names of
   * their other groups, which a host may use as roles of its own.
   */
  @Override
  public Set<String> rolesOf(String employeeId) {
    Map<String, String> roleByGroup = settings.roleGroups().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (first, second) -> first));
    return groupsOf(employeeId).stream().map(group -> roleByGroup.getOrDefault(group, group))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The employed members of the role's group; a member that is itself a group is not followed. */
  @Override
  public List<Employee> holdersOf(String role) {
    List<Employee> holders = new ArrayList<>();
    for (JsonNode group : list("Groups", ScimFilter.equal("displayName", settings.groupOf(role)), "members")) {
      for (JsonNode member : group.path("members")) {
        if (member.path("type").asText("User").equals("User")) {
          find(member.path("value").asText()).filter(Employee::employed).ifPresent(holders::add);
        }
      }
    }
    return holders;
  }

  /** The enterprise extension's department, division and organization, each once, as the server has them now. */
  @Override
  public List<String> unitsOf(Employee employee) {
    return user(employee.id()).map(ScimUser::units).orElseGet(() -> List.of(employee.department()));
  }

  /** The {@code displayName} of every group that lists the employee among its members. */
  @Override
  public Set<String> groupsOf(String employeeId) {
    // only the names: a group's members may be thousands
    return list("Groups", ScimFilter.equal("members.value", employeeId), "displayName").stream()
        .map(group -> group.path("displayName").asText())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private ScimUser scimUser(JsonNode resource) {
    return new ScimUser(resource, band, bandLabel);
  }

  private Optional<ScimUser> user(String employeeId) {
    return server.get(URI.create(base + "/Users/" + encode(employeeId))).map(this::scimUser);
  }

  /**
   * Every resource of the type that the filter selects, read page by page (RFC 7644 §3.4.2.4), with the attributes
   * named (some servers leave a group's members out unless asked) or the server's default ones.
   */
  private List<JsonNode> list(String resourceType, @Nullable String filter, @Nullable String attributes) {
    List<JsonNode> resources = new ArrayList<>();
    int startIndex = 1;
    while (true) {
      String query = (filter == null ? "" : "filter=" + encode(filter) + "&")
          + (attributes == null ? "" : "attributes=" + encode(attributes) + "&")
          + "startIndex=" + startIndex + "&count=" + settings.pageSize();
      JsonNode page = server.get(URI.create(base + "/" + resourceType + "?" + query)).orElseThrow(
          () -> new RemoteServiceException("SCIM server " + base + " has no /" + resourceType + " endpoint", 404));
      JsonNode found = page.path("Resources");
      found.forEach(resources::add);
      startIndex += found.size();
      if (found.isEmpty() || startIndex > page.path("totalResults").asInt(0)) {
        return resources;
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
