package org.flipside.adapters.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A SCIM 2.0 server in miniature (RFC 7644) under {@value #PATH}: {@code /Users} and {@code /Groups}, each resource
 * by id, lists paged by {@code startIndex} and {@code count} (never more than its own page limit, as a real server
 * may), and {@code eq} filters on the attributes a directory client asks about. Requests need the bearer token.
 */
public final class StandInScimServer extends StandInServer {

  public static final String PATH = "/scim/v2";
  public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  public static final String BAND = "urn:flipside:params:scim:schemas:extension:band:1.0:User";
  private static final Pattern EQUAL = Pattern.compile("^([\\w.]+) eq \"((?:[^\"\\\\]|\\\\.)*)\"$");

  private final Map<String, ObjectNode> users = new LinkedHashMap<>();
  private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
  private final int pageLimit;

  /**
   * A server that accepts the token and gives at most this many resources a page.
   *
   * @param bearerToken the token requests must carry
   * @param pageLimit the server's own page limit
   */
  public StandInScimServer(String bearerToken, int pageLimit) {
    super("Bearer " + bearerToken);
    this.pageLimit = pageLimit;
  }

  /** The base URL a client configures. */
  public String baseUrl() {
    return address(PATH).toString();
  }

  /**
   * Adds a user, active, with the core attributes; the test adds what else it needs to the node returned.
   *
   * @return the resource, to add attributes to
   */
  public synchronized ObjectNode addUser(String id, String userName, String displayName) {
    ObjectNode user = object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User").add(ENTERPRISE);
    user.put("id", id);
    user.put("userName", userName);
    user.put("displayName", displayName);
    user.put("active", true);
    users.put(id, user);
    return user;
  }

  /** Adds an employee as an HR directory would: department, manager, band and language. */
  public synchronized ObjectNode addEmployee(String id, String displayName, String department, String managerId,
      int band, String language) {
    ObjectNode user = addUser(id, id + "@trust.example", displayName);
    ObjectNode enterprise = user.putObject(ENTERPRISE);
    enterprise.put("department", department);
    if (managerId != null) {
      enterprise.putObject("manager").put("value", managerId).put("$ref", "../Users/" + managerId);
    }
    user.putObject(BAND).put("band", band).put("bandLabel", "Band " + band);
    user.put("preferredLanguage", language);
    return user;
  }

  /** Adds a group with these members, users unless an id names a group. */
  public synchronized void addGroup(String id, String displayName, String... memberIds) {
    ObjectNode group = object();
    group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    group.put("id", id);
    group.put("displayName", displayName);
    ArrayNode members = group.putArray("members");
    for (String member : memberIds) {
      members.addObject().put("value", member).put("type", groups.containsKey(member) ? "Group" : "User");
    }
    groups.put(id, group);
  }

  /** The user leaves: {@code active} becomes false, as an HR system marks a leaver. */
  public synchronized void leave(String id) {
    users.get(id).put("active", false);
  }

  @Override
  protected Reply answer(Request request) {
    if (!request.method().equals("GET") || !request.path().startsWith(PATH + "/")) {
      return new Reply(405, error(405, "only GET under " + PATH));
    }
    String[] parts = request.path().substring(PATH.length() + 1).split("/", 2);
    Map<String, ObjectNode> resources = switch (parts[0]) {
      case "Users" -> users;
      case "Groups" -> groups;
      default -> null;
    };
    if (resources == null) {
      return new Reply(404, error(404, "no endpoint " + parts[0]));
    }
    if (parts.length == 2) {
      String id = java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
      ObjectNode resource = resources.get(id);
      return resource == null ? new Reply(404, error(404, "Resource " + id + " not found")) : new Reply(200, text(resource));
    }
    return list(resources, request);
  }

  private Reply list(Map<String, ObjectNode> resources, Request request) {
    Predicate<JsonNode> selected = node -> true;
    String filter = request.parameter("filter");
    if (filter != null) {
      Matcher equal = EQUAL.matcher(filter);
      if (!equal.matches()) {
        return new Reply(400, error(400, "unsupported filter " + filter));
      }
      String attribute = equal.group(1);
      String value = equal.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
      selected = node -> values(node, attribute).contains(value);
    }
    List<ObjectNode> matching = resources.values().stream().filter(selected).toList();
    int startIndex = Math.max(1, Integer.parseInt(orElse(request.parameter("startIndex"), "1")));
    int count = Math.min(pageLimit, Integer.parseInt(orElse(request.parameter("count"), "" + pageLimit)));
    List<ObjectNode> page = matching.subList(Math.min(startIndex - 1, matching.size()),
        Math.min(startIndex - 1 + count, matching.size()));
    ObjectNode response = object();
    response.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    response.put("totalResults", matching.size());
    response.put("startIndex", startIndex);
    response.put("itemsPerPage", page.size());
    String attributes = request.parameter("attributes");
    ArrayNode found = response.putArray("Resources");
    for (ObjectNode resource : page) {
      found.add(attributes == null ? resource : only(resource, attributes.split(",")));
    }
    return new Reply(200, text(response));
  }

  /** The resource with its id and the attributes asked for alone (RFC 7644 §3.4.2.5). */
  private static ObjectNode only(ObjectNode resource, String[] attributes) {
    ObjectNode projected = object();
    projected.set("schemas", resource.get("schemas"));
    projected.set("id", resource.get("id"));
    for (String attribute : attributes) {
      if (resource.has(attribute.strip())) {
        projected.set(attribute.strip(), resource.get(attribute.strip()));
      }
    }
    return projected;
  }

  /** The values of a simple attribute, or of a sub-attribute across a multi-valued one ({@code members.value}). */
  private static List<String> values(JsonNode node, String attribute) {
    String[] path = attribute.split("\\.", 2);
    JsonNode value = node.path(path[0]);
    if (path.length == 1) {
      return value.isValueNode() ? List.of(value.asText()) : List.of();
    }
    List<String> found = new ArrayList<>();
    StreamSupport.stream(value.spliterator(), false).map(item -> item.path(path[1]))
        .filter(JsonNode::isValueNode).forEach(item -> found.add(item.asText()));
    return found;
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  @Override
  protected String error(int status, String detail) {
    ObjectNode error = object();
    error.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:Error");
    error.put("status", Integer.toString(status));
    error.put("detail", detail);
    return text(error);
  }
}
