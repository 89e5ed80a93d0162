package vn.laichau.thidua.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the registry's seed lists: a header row, comma separated, fields optionally in double
 * quotes ({@code "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"}), CRLF or LF line ends, UTF-8. The lists are ours and
 * tiny, so a dependency for them would weigh more than these lines.
 */
final class CsvTable {

  private CsvTable() {
  }

  /** The rows as maps from column name to value, in file order. */
  static List<Map<String, String>> read(InputStream in, String sourceName) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = parse(text, sourceName);
    if (records.isEmpty()) {
      throw new IllegalStateException(sourceName + " is empty: it needs a header row");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.size() != header.size()) {
        throw new IllegalStateException(sourceName + " record " + (i + 1) + " has " + fields.size()
            + " fields, the header has " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c).trim(), fields.get(c).trim());
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> parse(String text, String sourceName) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> {
          // the line end is the following \n (the statistics office's file uses CRLF)
        }
        case '\n' -> {
          fields.add(field.toString());
          records.add(fields);
          fields = new ArrayList<>();
          field.setLength(0);
          any = false;
        }
        default -> {
          field.append(ch);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new IllegalStateException(sourceName + " ends inside a quoted field");
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
