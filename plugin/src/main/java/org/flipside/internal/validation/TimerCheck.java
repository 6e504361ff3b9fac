package org.flipside.internal.validation;

import org.w3c.dom.Element;

/**
 * Every timer's fixed date, duration or cycle reads as the engine will read it when the timer starts: a
 * mistyped {@code P1MM} would otherwise fail only months into a programme. Expressions ({@code ${sessionCadence}})
 * take their value at run time.
 */
final class TimerCheck implements BpmnCheck {

  private final TimerCalendar calendar;

  TimerCheck(TimerCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void check(XmlFile diagram, ResourceSet set, Problems problems) {
    for (Element timer : diagram.elements(XmlFile.BPMN, "timerEventDefinition")) {
      String eventId = XmlFile.idOf(timer);
      for (TimerCalendar.Kind kind : TimerCalendar.Kind.values()) {
        for (Element value : XmlFile.elements(timer, XmlFile.BPMN, kind.element)) {
          String text = value.getTextContent().strip();
          if (text.isEmpty()) {
            problems.add(diagram.name, eventId, "the timer's " + kind.element + " is empty");
          } else if (!text.contains("${") && !text.contains("#{")) {
            calendar.problemWith(kind, text).ifPresent(problem -> problems.add(diagram.name, eventId,
                "the timer's " + kind.element + " " + text + " does not parse: " + problem));
          }
        }
      }
    }
  }
}
