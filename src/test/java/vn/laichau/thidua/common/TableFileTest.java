package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.support.Workbooks;

/** The one reader of the files people prepare: CSV as Excel and editors write it, and XLSX workbooks. */
class TableFileTest {

  @Test
  void csvWithByteOrderMarkQuotesAndCrlf() {
    TableFile table = TableFile.read(("\uFEFFcode,name,staffCount\r\n"
        + "SO-VAN-HOA,\"Sở Văn hóa, Thể thao và Du lịch\",120\r\n"
        + "\r\n"
        + "XA-A,\"Xã \"\"Mới\"\"\", 35 \r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(table.header()).containsExactly("code", "name", "staffCount");
    assertThat(table.rows()).extracting(TableFile.Line::number).containsExactly(2, 3, 4);
    assertThat(table.rows().get(0).cells()).containsExactly("SO-VAN-HOA", "Sở Văn hóa, Thể thao và Du lịch", "120");
    assertThat(table.rows().get(1).isBlank()).isTrue();
    assertThat(table.rows().get(2).cells()).containsExactly("XA-A", "Xã \"Mới\"", "35");
    assertThat(table.columns()).containsEntry("staffcount", 2);
  }

  @Test
  void semicolonsAsExcelWritesThemWhereTheCommaIsTheDecimalMark() {
    TableFile table = TableFile.csv("code;name\n03394;Xã Thèn Sin, huyện Tam Đường\n");

    assertThat(table.rows().get(0).cells()).containsExactly("03394", "Xã Thèn Sin, huyện Tam Đường");
  }

  @Test
  void anUnclosedQuoteIsRefusedInVietnamese() {
    assertThatThrownBy(() -> TableFile.csv("code,name\nXA-A,\"Xã A\n"))
        .isInstanceOf(TableFile.InvalidTableException.class)
        .hasMessageStartingWith("Không đọc được tệp CSV");
  }

  @Test
  void recordsMustFitTheHeader() {
    TableFile table = TableFile.csv("code,name\nA,Một\nB\n");

    assertThatThrownBy(() -> table.records("danh-sach.csv"))
        .isInstanceOf(TableFile.InvalidTableException.class)
        .hasMessage("danh-sach.csv dòng 3 có 1 cột, dòng tiêu đề có 2");
  }

  @Test
  void xlsxCellsAreReadAsExcelShowsThemWithTheirRowNumbers() {
    byte[] workbook = Workbooks.xlsx(List.of(
        List.of("code", "name", "staffCount"),
        List.of("SO-Y-TE", "Sở Y tế", 250),
        List.of(),
        Arrays.asList("03394", null, "=100+20"),
        List.of("  XA-B  ", "Xã B", 12.0)));

    TableFile table = TableFile.read(workbook);

    assertThat(TableFile.isXlsx(workbook)).isTrue();
    assertThat(table.header()).containsExactly("code", "name", "staffCount");
    assertThat(table.rows()).extracting(TableFile.Line::number).containsExactly(2, 4, 5);
    assertThat(table.rows().get(0).cells()).containsExactly("SO-Y-TE", "Sở Y tế", "250");
    assertThat(table.rows().get(1).cells()).containsExactly("03394", "", "120");
    assertThat(table.rows().get(2).cells()).containsExactly("XA-B", "Xã B", "12");
  }

  @Test
  void aBrokenWorkbookIsRefusedInVietnamese() {
    byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0};

    assertThatThrownBy(() -> TableFile.read(notAWorkbook))
        .isInstanceOf(TableFile.InvalidTableException.class)
        .hasMessageStartingWith("Không đọc được tệp Excel (XLSX)");
  }
}
