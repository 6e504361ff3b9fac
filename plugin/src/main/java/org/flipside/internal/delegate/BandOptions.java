package org.flipside.internal.delegate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flipside.internal.host.Directory;
import org.flipside.spi.Employee;

/**
 * The organisation's bands as a form's choices: every band from the lowest to the highest an employee holds, each
 * named as the directory names it ("Band 8b", "VSM"), or "Band n" where nobody holds it. The value chosen is the band's
 * number, which the process steers by.
 */
public final class BandOptions {

  private BandOptions() {}

  /** The choices, lowest band first; none for an empty directory. */
  public static List<Map<String, Object>> of(Directory directory) {
    TreeMap<Integer, String> labels = new TreeMap<>();
    for (Employee employee : directory.employees()) {
      // a band first seen unnamed takes the name another holder's record gives it
      String label = employee.bandLabel() == null || employee.bandLabel().isBlank() ? null : employee.bandLabel();
      labels.putIfAbsent(employee.band(), label);
    }
    List<Map<String, Object>> options = new ArrayList<>();
    if (labels.isEmpty()) {
      return options;
    }
    for (int band = labels.firstKey(); band <= labels.lastKey(); band++) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("value", band);
      option.put("label", labels.get(band) == null ? "Band " + band : labels.get(band));
      options.add(option);
    }
    return options;
  }
}
