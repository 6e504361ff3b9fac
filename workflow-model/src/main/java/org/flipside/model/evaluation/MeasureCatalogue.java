package org.flipside.model.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The organisational measures a programme records: the three built in, then its own in the order defined. */
public final class MeasureCatalogue {

  private final Map<String, MeasureDefinition> byCode = new LinkedHashMap<>();

  private MeasureCatalogue(List<MeasureDefinition> measures) {
    measures.forEach(measure -> byCode.put(measure.code(), measure));
  }

  /** The built-in measures only. */
  public static MeasureCatalogue builtIn() {
    return of(List.of());
  }

  /** The built-in measures and the given ones of the programme. */
  public static MeasureCatalogue of(List<MeasureDefinition> own) {
    List<MeasureDefinition> all = new ArrayList<>();
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      all.add(measure.definition());
    }
    all.addAll(own);
    return new MeasureCatalogue(all);
  }

  /** The measure with this code, in any case and with spaces around it. */
  public Optional<MeasureDefinition> find(String code) {
    return Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
  }

  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  public List<MeasureDefinition> measures() {
    return List.copyOf(byCode.values());
  }
}
