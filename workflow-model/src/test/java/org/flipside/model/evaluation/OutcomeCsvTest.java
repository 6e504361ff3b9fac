package org.flipside.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OutcomeCsvTest {

  private static final String HEADER = "measure,group,band,value,people\n";

  @Test
  void aFileFullOfMistakesIsReportedByItsFirstFiftyProblemsAndACountOfTheRest() {
    String csv = HEADER + "representation,BME,Whole workforce,not a number,\n".repeat(200);

    assertThatThrownBy(() -> OutcomeCsv.read(new StringReader(csv)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).hasSize(OutcomeCsv.MOST_PROBLEMS_LISTED + 1);
          assertThat(e.problems().get(0).toString()).startsWith("line 2, column value");
          assertThat(e.problems().get(OutcomeCsv.MOST_PROBLEMS_LISTED).toString())
              .isEqualTo("file: has 150 more problems after these 50; correct these and import it again");
        });
  }

  @Test
  void brokenCsvIsDescribedInFlipsidesWordsNotTheLibrarys() {
    String unclosedQuote = HEADER + "representation,\"BME,Whole workforce,2.07,\n";
    String textAfterQuote = HEADER + "representation,\"BME\"x,Whole workforce,2.07,\n";

    for (String csv : new String[] {unclosedQuote, textAfterQuote}) {
      assertThatThrownBy(() -> OutcomeCsv.read(new StringReader(csv)))
          .isInstanceOf(InvalidInputException.class)
          .message().contains("is not valid").doesNotContain("java.").doesNotContain("org.apache")
          .doesNotContain("Exception").doesNotContain("CSV record");
    }
  }
}
