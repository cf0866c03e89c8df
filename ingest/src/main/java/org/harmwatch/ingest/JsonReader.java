package org.harmwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;

/**
 * The streaming reader of the exchange input format: JSON Lines (one document a line, named {@code
 * source:line}) and JSON files (one document, or an array of them named {@code source[i]}). Memory
 * stays flat for any number of documents; a line is limited to {@code maxLineChars} characters.
 */
final class JsonReader {
  private final DocumentDefaults defaults;
  private final int maxLineChars;

  JsonReader(DocumentDefaults defaults, int maxLineChars) {
    this.defaults = defaults;
    this.maxLineChars = maxLineChars;
  }

  /** The documents of a JSON Lines input, read lazily; closing the stream closes {@code in}. */
  Stream<ReadResult> lines(InputStream in, String source) {
    LineReader lines =
        new LineReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            maxLineChars);
    return ResultStream.of(
        new ResultStream.Step() {
          private long lastLine;
          private boolean done;

          @Override
          public ReadResult next() {
            while (!done) {
              LineReader.Line line;
              try {
                line = lines.next();
              } catch (IOException | UncheckedIOException e) {
                // The rest of the input is unreachable: say where reading stopped, then end.
                done = true;
                return ReadResult.failed(
                    source + ":" + (lastLine + 1), "read error, rest of input lost: " + e);
              }
              if (line == null) {
                done = true;
                return null;
              }
              lastLine = line.number();
              String where = source + ":" + line.number();
              if (line.text() == null) {
                return ReadResult.failed(
                    where, "line is longer than " + maxLineChars + " characters");
              }
              String text = line.number() == 1 ? line.text().replace("\uFEFF", "") : line.text();
              if (!text.isBlank()) {
                return jsonLine(text, where);
              }
            }
            return null;
          }
        },
        lines,
        source);
  }

  private ReadResult jsonLine(String line, String source) {
    try {
      return document(ExchangeJson.parse(line));
    } catch (ExchangeFormatException e) {
      return ReadResult.failed(source, e.getMessage());
    } catch (RuntimeException e) {
      return FormatReader.unexpected(source, e);
    }
  }

  private ReadResult document(JsonNode node) {
    return new ReadResult.Read(defaults.finish(ExchangeJson.documentFromJson(node)));
  }

  /**
   * One JSON document, or a JSON array of documents read element by element. The caller closes
   * {@code in}.
   */
  Stream<ReadResult> documents(InputStream in, String source) {
    JsonParser parser;
    JsonToken first;
    try {
      parser = ExchangeJson.mapper().createParser(in);
      first = parser.nextToken();
    } catch (JsonProcessingException e) {
      return Stream.of(ReadResult.failed(source, "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      return Stream.of(ReadResult.failed(source, "cannot read: " + e));
    }
    if (first == null) {
      return Stream.of(ReadResult.failed(source, "the JSON file is empty"));
    }
    if (first == JsonToken.START_OBJECT) {
      return Stream.of(jsonValue(parser, source));
    }
    if (first != JsonToken.START_ARRAY) {
      return Stream.of(
          ReadResult.failed(
              source, "a JSON file must hold one document object or an array of them"));
    }
    return ResultStream.of(
        new ResultStream.Step() {
          private int index;
          private boolean done;

          @Override
          public ReadResult next() {
            if (done) {
              return null;
            }
            String where = source + "[" + index + "]";
            ReadResult result;
            try {
              JsonToken t = parser.nextToken();
              if (t == null || t == JsonToken.END_ARRAY) {
                done = true;
                return null;
              }
              result = jsonValue(parser, where);
              index++;
            } catch (JsonProcessingException e) {
              done = true;
              return ReadResult.failed(where, "not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
              done = true;
              return ReadResult.failed(where, "read error, rest of input lost: " + e);
            }
            if (result instanceof ReadResult.Failed f
                && f.rejected().reason().startsWith("not valid JSON")) {
              // The parser cannot find the next element after a syntax error.
              done = true;
            }
            return result;
          }
        },
        parser,
        source);
  }

  private ReadResult jsonValue(JsonParser parser, String where) {
    try {
      JsonNode node = parser.readValueAsTree();
      return document(node);
    } catch (JsonProcessingException e) {
      return ReadResult.failed(where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return ReadResult.failed(where, "read error: " + e);
    } catch (ExchangeFormatException e) {
      return ReadResult.failed(where, e.getMessage());
    } catch (RuntimeException e) {
      return FormatReader.unexpected(where, e);
    }
  }
}
