package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words around a mention (given by offsets) that set its group in the background. */
class BackgroundMentionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The rebels are active near the river.|The rebels|true",
        "the rebels who are very present in the hills|the rebels|true",
        "villages controlled by the rebels today|the rebels|true",
        "in the hideouts of the rebels near town|the rebels|true",
        "a zone où opèrent les rebelles armés|les rebelles|true",
        "in rebel-held villages|rebel|true",
        "The rebels burned three houses.|The rebels|false",
        "Les rebelles ont incendié des maisons.|Les rebelles|false",
      })
  void tellsTheBackgroundFromTheWordsAround(String text, String mention, boolean expected) {
    int start = text.indexOf(mention);
    assertThat(BackgroundMentions.isBackground(text, start, start + mention.length()))
        .isEqualTo(expected);
  }

  @Test
  void aPresenceVerbFollowedByAPlaceIsNotBackground() {
    // "active on" is not a verb of presence: the pattern leaves it out.
    String text = "The rebels were active on Monday.";
    assertThat(BackgroundMentions.isBackground(text, 0, 10)).isFalse();
  }
}
