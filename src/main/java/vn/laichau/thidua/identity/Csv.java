package vn.laichau.thidua.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The little of CSV (RFC 4180) an import needs: quoted fields with doubled quotes, CRLF or LF, and the separator of
 * the header line (a comma, or a semicolon as Excel writes it where the comma is the decimal mark).
 */
final class Csv {

  private Csv() {
  }

  static List<List<String>> parse(String text) {
    char separator = separatorOf(text);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }
}
