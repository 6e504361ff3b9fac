package org.flipside.model.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers the words of one kind (topics, departments, ...) so that pairs compare ints and bits rather than strings.
 * Words are compared stripped and lower-cased, as people type them.
 */
final class Vocabulary {

  static final int ABSENT = -1;

  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  /** The word's number, given a new one if unseen; {@link #ABSENT} for a blank or null word. */
  int number(String word) {
    String normal = normalise(word);
    if (normal.isEmpty()) {
      return ABSENT;
    }
    return numbers.computeIfAbsent(normal, key -> {
      words.add(key);
      return words.size() - 1;
    });
  }

  /** The numbers of the words, without duplicates or blanks. */
  int[] numbers(Collection<String> someWords) {
    return someWords.stream().mapToInt(this::number).filter(number -> number != ABSENT).distinct().sorted()
        .toArray();
  }

  /** The numbers of the known words in their given order, as a line-management chain is read nearest first. */
  int[] numbersInOrder(List<String> someWords) {
    return someWords.stream().mapToInt(this::number).filter(number -> number != ABSENT).toArray();
  }

  String word(int number) {
    return words.get(number);
  }

  /** The words as a bit set, one bit per word number. */
  long[] bits(Collection<String> someWords) {
    int[] numbersOfWords = numbers(someWords);
    long[] bits = new long[numbersOfWords.length == 0 ? 0 : numbersOfWords[numbersOfWords.length - 1] / 64 + 1];
    for (int number : numbersOfWords) {
      bits[number / 64] |= 1L << number;
    }
    return bits;
  }

  static boolean hasBit(long[] bits, int number) {
    return number / 64 < bits.length && (bits[number / 64] & (1L << number)) != 0;
  }

  static int commonBits(long[] a, long[] b) {
    int common = 0;
    for (int word = Math.min(a.length, b.length) - 1; word >= 0; word--) {
      common += Long.bitCount(a[word] & b[word]);
    }
    return common;
  }

  /** The words whose bits both sets have, alphabetically (numbers follow input order, which may vary). */
  List<String> commonWords(long[] a, long[] b) {
    List<String> common = new ArrayList<>();
    for (int word = 0; word < Math.min(a.length, b.length); word++) {
      long both = a[word] & b[word];
      while (both != 0) {
        common.add(word(word * 64 + Long.numberOfTrailingZeros(both)));
        both &= both - 1;
      }
    }
    common.sort(null);
    return common;
  }

  static String normalise(String word) {
    return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
  }
}
