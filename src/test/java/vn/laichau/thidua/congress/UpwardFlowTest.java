package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.laichau.thidua.ProcessKeys.*;
import static vn.laichau.thidua.contract.CongressVariables.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.recognition.UpwardResults;
import vn.laichau.thidua.common.TableFile;
import vn.laichau.thidua.identity.Groups;
import vn.laichau.thidua.recognition.Beneficiary;
import vn.laichau.thidua.recognition.CongressContentRepository;
import vn.laichau.thidua.recognition.CongressContentRepository.DelegateLine;
import vn.laichau.thidua.recognition.CongressContentRepository.NationalDelegate;
import vn.laichau.thidua.recognition.CongressContentRepository.ProposalLine;
import vn.laichau.thidua.recognition.CongressListsController;
import vn.laichau.thidua.recognition.ContentLists;
import vn.laichau.thidua.recognition.Delegate;
import vn.laichau.thidua.recognition.Honour;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * R11, R12 upward in one campaign: a commune names its delegates and proposals; its district takes up or declines each
 * proposal with a reason and carries what it took up into its own lists; the province does the same, invites members by
 * name and reconciles them with its plan; Sở Nội vụ picks the national delegates and exemplars by name from the
 * provincial results; the province's list to the national congress is a document of Nghị định 30/2020.
 */
class UpwardFlowTest extends CongressTestBase {

  static final String COMMUNE_PROPOSALS = """
      Lò Thị Mai; cá nhân; BANG_KHEN_THU_TUONG_CA_NHAN; Mười năm dạy học ở bản vùng cao
      Bản Hon; tập thể; BANG_KHEN_TINH_TAP_THE; Bản văn hoá tiêu biểu
      Lò Văn Pao; cá nhân; CHIEN_SI_THI_DUA_CO_SO; Ba năm liền hoàn thành xuất sắc nhiệm vụ""";
  static final String MAI_FORWARDED = "Lò Thị Mai; cá nhân; BANG_KHEN_THU_TUONG_CA_NHAN; Mười năm dạy học ở bản"
      + " vùng cao";
  static final String PROVINCIAL_DELEGATES = """
      Lò Thị Mai; 1985; Nữ; Thái; Giáo viên Trường Tiểu học xã
      Vàng A Chứ; 1979; Nam; Mông; Chủ tịch Ủy ban nhân dân huyện
      Nguyễn Thị Hạnh; 1990; Nữ; Kinh; Phó Giám đốc Sở Y tế""";

  @Autowired
  CongressContentRepository content;
  @Autowired
  CongressListsController lists;

  @TempDir
  Path tmp;

  private ProcessInstance campaign;

  @AfterEach
  void endTheCampaignStep() {
    engine.getIdentityService().clearAuthentication();
    if (campaign != null && engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getId()).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(campaign.getId(), "test finished", true, true);
    }
  }

  /** The three congresses of one campaign: a new district of the province, a commune of it, and the province. */
  private record Flow(Unit commune, Unit district, Unit province, ProcessInstance communeCongress,
      ProcessInstance districtCongress, ProcessInstance provincialCongress) {
  }

  @Test
  void theDistrictTakesUpOrDeclinesEachProposalWithAReasonAndCarriesOnWhatItTookUp() {
    Flow flow = drafted();
    reportCommune(flow);
    CongressDriver.clockAt(LocalDate.of(2025, 5, 20), 14, 0);
    execute(job("meetingDayReached", flow.districtCongress()));
    Task results = task(TASK_REPORT_RESULTS, flow.districtCongress());
    String c = flow.commune().code();
    // R11, R12 documents: the reported commune's two api, linked with the campaign and the unit the server knows
    String api = "/api/campaigns/" + calendar.defaultCampaignId();
    VariableMap form = engine.getFormService().getTaskFormVariables(results.getId());
    assertThat((String) form.get("lowerUnitsDocumentsText")).isEqualTo("- " + flow.commune().name() + ": "
        + "[Danh sách đại biểu \\(DOCX\\)](" + api + "/delegates.docx?unit=" + c + ") · "
        + "[Danh sách đại biểu \\(XLSX\\)](" + api + "/delegates.xlsx?unit=" + c + ") · "
        + "[Danh sách khen thưởng, đề nghị khen thưởng \\(DOCX\\)](" + api + "/exemplars.docx?unit=" + c + ") · "
        + "[Danh sách khen thưởng, đề nghị khen thưởng \\(XLSX\\)](" + api + "/exemplars.xlsx?unit=" + c + ")");
    assertThat(((SpinJsonNode) form.get("lowerUnitsDocuments")).elements()).singleElement()
        .satisfies(unit -> assertThat(unit.prop("name").stringValue()).isEqualTo(flow.commune().name()));

    assertThat(listed(results)).containsExactly(
        c + "/1 – " + flow.commune().name() + ": Lò Thị Mai (cá nhân) – Bằng khen của Thủ tướng Chính phủ (cá nhân):"
            + " Mười năm dạy học ở bản vùng cao",
        c + "/2 – " + flow.commune().name() + ": Bản Hon (tập thể) – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập"
            + " thể): Bản văn hoá tiêu biểu",
        c + "/3 – " + flow.commune().name() + ": Lò Văn Pao (cá nhân) – Danh hiệu “Chiến sĩ thi đua cơ sở”: Ba năm"
            + " liền hoàn thành xuất sắc nhiệm vụ");

    String label = "R11 – Ý kiến về đề nghị khen thưởng của đơn vị cấp dưới (proposalDecisions)";
    assertThat(refusalOf(() -> complete(results, counts("2025-05-20"))).getViolations()).containsExactly(
        label + ": còn 3 đề nghị của đơn vị cấp dưới chưa có ý kiến tiếp nhận hay không tiếp nhận: " + c + "/1, " + c
            + "/2, " + c + "/3.");
    assertThat(refusalOf(() -> complete(results, counts("2025-05-20").putValue(PROPOSAL_DECISIONS,
        c + "/1; Tiếp nhận; Thành tích tiêu biểu\n"
            + c + "/1; Không tiếp nhận; Trùng\n"
            + c + "/4; Tiếp nhận; Không có\n"
            + c + "/2; Có thể; \n"))).getViolations()).containsExactly(
        label + ", dòng 2: đề nghị «" + c + "/1» đã có ý kiến ở dòng 1.",
        label + ", dòng 3: không có đề nghị «" + c + "/4» của đơn vị cấp dưới trong danh sách chờ ý kiến.",
        label + ", dòng 4: ý kiến (decision) «Có thể» phải là TAKEN_UP (tiếp nhận) hoặc DECLINED (không tiếp nhận).",
        label + ", dòng 4: chưa ghi lý do (reason).",
        label + ": còn 1 đề nghị của đơn vị cấp dưới chưa có ý kiến tiếp nhận hay không tiếp nhận: " + c + "/3.",
        "R11 – Đề nghị «" + c + "/1» (Lò Thị Mai – Bằng khen của Thủ tướng Chính phủ (cá nhân)) đã được tiếp nhận:"
            + " Chính phủ, Chủ tịch nước quyết định khen thưởng này, hãy đưa vào danh sách đề nghị cấp trên khen thưởng"
            + " (proposals) của Đại hội, cùng tên và danh hiệu.");
    String decisions = c + "/1; Tiếp nhận; Thành tích tiêu biểu của huyện\n"
        + c + "/2; Không tiếp nhận; Bản chưa đủ ba năm liền đạt danh hiệu\n"
        + c + "/3; đồng ý; Đủ tiêu chuẩn Chiến sĩ thi đua cơ sở";
    assertThat(refusalOf(() -> complete(results, counts("2025-05-20").putValue(PROPOSAL_DECISIONS, decisions)))
        .getViolations()).containsExactly(
        "R11 – Đề nghị «" + c + "/1» (Lò Thị Mai – Bằng khen của Thủ tướng Chính phủ (cá nhân)) đã được tiếp nhận:"
            + " Chính phủ, Chủ tịch nước quyết định khen thưởng này, hãy đưa vào danh sách đề nghị cấp trên khen thưởng"
            + " (proposals) của Đại hội, cùng tên và danh hiệu.",
        "R11 – Đề nghị «" + c + "/3» (Lò Văn Pao – Danh hiệu “Chiến sĩ thi đua cơ sở”) đã được tiếp nhận: cấp sở,"
            + " ngành, huyện quyết định khen thưởng này, hãy đưa vào danh sách được khen thưởng (honours) của Đại hội,"
            + " cùng tên và danh hiệu.");
    assertThat(content.proposals(calendar.defaultCampaignId(), c, flow.communeCongress().getId()))
        .extracting(ProposalLine::decision).containsOnlyNulls();

    complete(results, districtResults(decisions));

    assertThat(flow.districtCongress()).isEnded();
    assertThat(content.proposals(calendar.defaultCampaignId(), c, flow.communeCongress().getId()))
        .extracting(ProposalLine::line, ProposalLine::decidedBy, ProposalLine::decision, ProposalLine::reason)
        .containsExactly(tuple(1, flow.district().code(), "TAKEN_UP", "Thành tích tiêu biểu của huyện"),
            tuple(2, flow.district().code(), "DECLINED", "Bản chưa đủ ba năm liền đạt danh hiệu"),
            tuple(3, flow.district().code(), "TAKEN_UP", "Đủ tiêu chuẩn Chiến sĩ thi đua cơ sở"));
  }

  @Test
  void namesFlowFromTheCommuneThroughItsDistrictAndTheProvinceToTheNationalCongress() throws Exception {
    Flow flow = toTheNationalStep();
    Task national = nationalTask();

    assertThat(engine.getFormService()
        .getTaskFormVariables(national.getId()).get("provincialDelegatesElected")).isEqualTo(3);
    String api = "/api/campaigns/" + calendar.defaultCampaignId();
    assertThat(((SpinJsonNode) engine.getFormService().getTaskFormVariables(national.getId())
        .get("nationalDocuments")).elements()).flatExtracting(group -> group.prop("links").elements())
        .extracting(link -> link.prop("href").stringValue()).containsExactly(
            api + "/delegates.docx?unit=" + flow.province().code(),
            api + "/delegates.xlsx?unit=" + flow.province().code(),
            api + "/exemplars.docx?unit=" + flow.province().code(),
            api + "/exemplars.xlsx?unit=" + flow.province().code(),
            api + "/national-delegates.docx", api + "/national-delegates.xlsx");
    assertThat(strings((SpinJsonNode) engine.getFormService()
        .getTaskFormVariables(national.getId()).get("provincialDelegatesNamed"))).containsExactly(
        "Lò Thị Mai (1985, Nữ, Thái, Giáo viên Trường Tiểu học xã)",
        "Vàng A Chứ (1979, Nam, Mông, Chủ tịch Ủy ban nhân dân huyện)",
        "Nguyễn Thị Hạnh (1990, Nữ, Kinh, Phó Giám đốc Sở Y tế)");
    assertThat(strings((SpinJsonNode) engine.getFormService()
        .getTaskFormVariables(national.getId()).get("provincialProposalsNamed"))).containsExactly(
        "Lò Thị Mai – Bằng khen của Thủ tướng Chính phủ (cá nhân): Mười năm dạy học ở bản vùng cao");
    assertThat((String) engine.getFormService().getTaskFormVariables(national.getId()).get(PROVINCIAL_MEMBERS_CHECK))
        .contains("Đại hội tỉnh có ").contains(" do các đơn vị cấp dưới bầu và 2 được mời");

    String label = "R12 – Danh sách đại biểu dự Đại hội toàn quốc (nationalDelegateNames)";
    assertThat(refusalOf(() -> engine.getTaskService().complete(national.getId(),
        Map.of("nationalDelegateNames", "lò thị  mai\nTrần Văn Khách\nLò Thị Mai", "nationalExemplars", "Bản Hon")))
        .getViolations()).containsExactly(
        label + ", dòng 2: «Trần Văn Khách» không có trong danh sách đại biểu Đại hội Thi đua yêu nước tỉnh đã bầu đi"
            + " dự Đại hội toàn quốc.",
        label + ", dòng 3: «Lò Thị Mai» đã có ở dòng trên.",
        "R9 – Đại hội Thi đua yêu nước tỉnh đã bầu 3 đại biểu dự Đại hội toàn quốc; danh sách có 1 người (mỗi người"
            + " một dòng).",
        "R11 – Danh sách điển hình đề nghị khen thưởng cấp Nhà nước (nationalExemplars), dòng 1: «Bản Hon» không có"
            + " trong danh sách Đại hội Thi đua yêu nước tỉnh đề nghị cấp trên khen thưởng.");
    assertThat(content.nationalDelegates(calendar.defaultCampaignId())).isEmpty();

    // the campaign is the instance's business key, as the form showed it: a campaignId variable changed meanwhile
    // (by anyone who may write the instance's variables) points the completion at no other campaign
    engine.getRuntimeService().setVariable(campaign.getId(), "campaignId", "CAMPAIGN-KHAC");
    engine.getTaskService().complete(national.getId(), Map.of("nationalDelegateNames",
        "Nguyễn Thị Hạnh\nlò thị mai; Giáo viên\nVàng A Chứ", "nationalExemplars", "Lò Thị Mai"));
    assertThat(content.nationalDelegates("CAMPAIGN-KHAC")).isEmpty();

    assertThat(content.nationalDelegates(calendar.defaultCampaignId())).containsExactly(
        new NationalDelegate(1, "Nguyễn Thị Hạnh", 1990, Delegate.Gender.NU, "Kinh", "Phó Giám đốc Sở Y tế"),
        new NationalDelegate(2, "Lò Thị Mai", 1985, Delegate.Gender.NU, "Thái", "Giáo viên Trường Tiểu học xã"),
        new NationalDelegate(3, "Vàng A Chứ", 1979, Delegate.Gender.NAM, "Mông", "Chủ tịch Ủy ban nhân dân huyện"));
    assertThat(content.nationalExemplars(calendar.defaultCampaignId())).containsExactly(new Honour("Lò Thị Mai",
        Beneficiary.INDIVIDUAL, "BANG_KHEN_THU_TUONG_CA_NHAN", "Mười năm dạy học ở bản vùng cao"));

    // the province's list to the national congress, opened again cell by cell
    engine.getIdentityService().setAuthentication("nguoi-doc", List.of(Groups.SO_NOI_VU));
    TableFile sheet = TableFile.xlsx(lists.nationalDelegatesXlsx(calendar.defaultCampaignId()).getBody());
    assertThat(sheet.header()).containsExactly("STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc",
        "Chức vụ, đơn vị công tác");
    assertThat(sheet.rows()).extracting(TableFile.Line::cells).containsExactly(
        List.of("1", "Nguyễn Thị Hạnh", "1990", "Nữ", "Kinh", "Phó Giám đốc Sở Y tế"),
        List.of("2", "Lò Thị Mai", "1985", "Nữ", "Thái", "Giáo viên Trường Tiểu học xã"),
        List.of("3", "Vàng A Chứ", "1979", "Nam", "Mông", "Chủ tịch Ủy ban nhân dân huyện"));

    byte[] docx = lists.nationalDelegatesDocx(calendar.defaultCampaignId()).getBody();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTSectPr section = document.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
      List<XWPFTable> tables = document.getTables();
      assertThat(tables).hasSize(4);
      assertThat(tables.get(0).getRow(0).getCell(0).getText()).contains("UBND TỈNH LAI CHÂU").contains("SỞ NỘI VỤ")
          .contains("Số:       /DS-SNV");
      assertThat(tables.get(0).getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc").contains("Lai Châu, ngày 15 tháng 9 năm 2025");
      assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains("DANH SÁCH",
          "I. Đại biểu dự Đại hội Thi đua yêu nước toàn quốc",
          "II. Điển hình tiên tiến đề nghị khen thưởng cấp Nhà nước");
      assertThat(tables.get(1).getRows()).hasSize(4);
      assertThat(tables.get(1).getRow(3).getTableCells()).extracting(cell -> cell.getText()).containsExactly("3",
          "Vàng A Chứ", "1979", "Nam", "Mông", "Chủ tịch Ủy ban nhân dân huyện");
      assertThat(tables.get(2).getRow(1).getTableCells()).extracting(cell -> cell.getText()).containsExactly("1",
          "Lò Thị Mai", "Cá nhân", "Bằng khen của Thủ tướng Chính phủ (cá nhân)", "Mười năm dạy học ở bản vùng cao");
      assertThat(tables.get(3).getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
      assertThat(tables.get(3).getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC");
    }
    Path file = tmp.resolve("dai-bieu-toan-quoc.docx");
    Files.write(file, docx);
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), file.toString());
    assertThat(run("pdfinfo", tmp.resolve("dai-bieu-toan-quoc.pdf").toString()))
        .containsPattern("Page size:\\s+595(\\.\\d+)? x 84[12]").containsPattern("Pages:\\s+1\\n");

    // whoever may not read the provincial congress may not read its list either
    engine.getIdentityService().setAuthentication("nguoi-doc", List.of(Groups.unit(flow.commune().code())));
    assertThat(catchThrowableOfType(ResponseStatusException.class,
        () -> lists.nationalDelegatesDocx(calendar.defaultCampaignId())).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void theProvinceInvitesMembersByNameAndOnlyTheProvince() {
    Flow flow = drafted();
    reportCommune(flow);
    CongressDriver.clockAt(LocalDate.of(2025, 5, 20), 14, 0);
    execute(job("meetingDayReached", flow.districtCongress()));
    Task results = task(TASK_REPORT_RESULTS, flow.districtCongress());

    assertThat(refusalOf(() -> complete(results, districtResults(allDeclined(results))
        .putValue(INVITED_MEMBERS, "Trần Văn Khách; 1970; Nam; Kinh; Nguyên Chủ tịch tỉnh"))).getViolations())
        .containsExactly("R12 – Chỉ Đại hội tỉnh mời đại biểu theo danh sách (invitedMembers); đại biểu của Đại hội"
            + " cấp sở, ngành, huyện do Đại hội (Hội nghị) tự xác định.");
    complete(results, districtResults(allDeclined(results)));

    CongressDriver.clockAt(LocalDate.of(2025, 9, 10), 14, 0);
    execute(job("meetingDayReached", flow.provincialCongress()));
    Task provincial = task(TASK_REPORT_RESULTS, flow.provincialCongress());
    assertThat(refusalOf(() -> complete(provincial, provincialResults(allDeclined(provincial))
        .putValue(UPPER_DELEGATES, 0).putValue(INVITED_MEMBERS, "Trần Văn Khách; 1970; Nam; Kinh; Nguyên Chủ tịch tỉnh\nLò Văn Sáng; 2010; Nam;"
            + " Thái; Học sinh"))).getViolations()).containsExactly(
        "R12 – Danh sách đại biểu được mời dự Đại hội tỉnh (invitedMembers), dòng 2: năm sinh (birthYear) 2010 phải"
            + " từ 1920 đến 2007 (đại biểu từ 18 tuổi trở lên).");
  }

  /** The flow up to the open national step: the commune, the district and the province have reported. */
  private Flow toTheNationalStep() {
    Flow flow = drafted();
    reportCommune(flow);
    CongressDriver.clockAt(LocalDate.of(2025, 5, 20), 14, 0);
    execute(job("meetingDayReached", flow.districtCongress()));
    String c = flow.commune().code();
    complete(task(TASK_REPORT_RESULTS, flow.districtCongress()), districtResults(
        c + "/1; Tiếp nhận; Thành tích tiêu biểu của huyện\n"
            + c + "/2; Không tiếp nhận; Bản chưa đủ ba năm liền đạt danh hiệu\n"
            + c + "/3; Tiếp nhận; Đủ tiêu chuẩn Chiến sĩ thi đua cơ sở"));

    CongressDriver.clockAt(LocalDate.of(2025, 9, 10), 14, 0);
    execute(job("meetingDayReached", flow.provincialCongress()));
    Task provincial = task(TASK_REPORT_RESULTS, flow.provincialCongress());
    String mai = flow.district().code() + "/1";
    List<String> listed = listed(provincial);
    assertThat(listed).anySatisfy(line -> assertThat(line).startsWith(mai + " – " + flow.district().name()
        + ": Lò Thị Mai (cá nhân) – Bằng khen của Thủ tướng Chính phủ (cá nhân)"));
    // every other proposal from below (other tests' units of the same campaign) is declined
    String decisions = listed.stream().map(line -> line.split(" – ")[0])
        .map(ref -> ref.equals(mai) ? ref + "; Tiếp nhận; Xứng đáng đề nghị Thủ tướng Chính phủ tặng Bằng khen"
            : ref + "; Không tiếp nhận; Chưa đủ tiêu chuẩn")
        .collect(Collectors.joining("\n"));
    int fromBelow = (Integer) engine.getFormService().getTaskFormVariables(provincial.getId()).get("lowerDelegates");
    Integer planned = (Integer) engine.getRuntimeService().getVariable(flow.provincialCongress().getId(),
        DELEGATE_COUNT);
    complete(provincial, provincialResults(decisions).putValue(ContentLists.PROPOSALS, MAI_FORWARDED)
        .putValue(ContentLists.DELEGATE_LIST, PROVINCIAL_DELEGATES).putValue(INVITED_MEMBERS,
            "Trần Văn Khách; 1970; Nam; Kinh; Nguyên Chủ tịch Ủy ban nhân dân tỉnh\n"
                + "Giàng Thị Dợ; 1975; Nữ; Mông; Nghệ nhân ưu tú"));

    assertThat(flow.provincialCongress()).isEnded();
    assertThat(given(flow.provincialCongress())).containsEntry(PROVINCIAL_MEMBERS_CHECK,
        UpwardResults.membersFigure(fromBelow, 2, planned, 405, 495));
    assertThat(content.invited(calendar.defaultCampaignId(), flow.province().code()))
        .extracting(DelegateLine::fullName).containsExactly("Trần Văn Khách", "Giàng Thị Dợ");
    assertThat(content.proposals(calendar.defaultCampaignId(), flow.district().code(),
        flow.districtCongress().getId())).extracting(ProposalLine::decidedBy, ProposalLine::decision)
        .containsExactly(tuple(flow.province().code(), "TAKEN_UP"));

    CongressDriver.clockAt(LocalDate.of(2025, 9, 15), 9, 0);
    campaign = engine.getRuntimeService().createProcessInstanceByKey(EMULATION_CAMPAIGN)
        .businessKey(calendar.defaultCampaignId()).setVariable("campaignId", calendar.defaultCampaignId())
        .startBeforeActivity("recordNationalDelegates").execute();
    return flow;
  }

  private Task nationalTask() {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey("recordNationalDelegates").singleResult();
  }

  /** Drafted and approved on 10/01/2025: the commune meets 20/02, the district 20/05, the province 10/09. */
  private Flow drafted() {
    Unit district = driver.save(Level.SO_NGANH_HUYEN, UnitKind.CIVIL, 80, "12");
    Unit commune = driver.save(Level.CO_SO, UnitKind.CIVIL, 60, district.code());
    Unit province = registry.find("12").orElseThrow();
    ProcessInstance communeCongress = approved(commune, LocalDate.of(2025, 2, 20));
    ProcessInstance districtCongress = approved(district, LocalDate.of(2025, 5, 20));
    ProcessInstance provincialCongress = approved(province, LocalDate.of(2025, 9, 10));
    return new Flow(commune, district, province, communeCongress, districtCongress, provincialCongress);
  }

  private ProcessInstance approved(Unit unit, LocalDate meeting) {
    ProcessInstance congress = driver.start(unit);
    complete(task(TASK_DRAFT_PLAN, congress), driver.validDossier(unit, meeting));
    complete(task(TASK_REVIEW_DOSSIER, congress), withVariables(APPROVED, true));
    return congress;
  }

  private void reportCommune(Flow flow) {
    CongressDriver.clockAt(LocalDate.of(2025, 2, 20), 14, 0);
    execute(job("meetingDayReached", flow.communeCongress()));
    complete(task(TASK_REPORT_RESULTS, flow.communeCongress()), counts("2025-02-20")
        .putValue(ContentLists.PROPOSALS, COMMUNE_PROPOSALS)
        .putValue(ContentLists.DELEGATE_LIST, "Lò Thị Mai; 1985; Nữ; Thái; Giáo viên Trường Tiểu học xã\n"
            + "Lò Văn Pao; 1982; Nam; Thái; Trưởng bản")
        .putValue(UPPER_DELEGATES, 2));
    assertThat(flow.communeCongress()).isEnded();
  }

  private static VariableMap districtResults(String decisions) {
    return counts("2025-05-20").putValue(PROPOSAL_DECISIONS, decisions).putValue(ContentLists.PROPOSALS, MAI_FORWARDED)
        .putValue(ContentLists.HONOURS, "Lò Văn Pao; cá nhân; CHIEN_SI_THI_DUA_CO_SO; Ba năm liền hoàn thành xuất sắc nhiệm vụ")
        .putValue(COMMENDED_INDIVIDUALS, 1)
        .putValue(ContentLists.DELEGATE_LIST, "Lò Thị Mai; 1985; Nữ; Thái; Giáo viên Trường Tiểu học xã\n"
            + "Vàng A Chứ; 1979; Nam; Mông; Chủ tịch Ủy ban nhân dân huyện")
        .putValue(UPPER_DELEGATES, 2);
  }

  private static VariableMap provincialResults(String decisions) {
    return counts("2025-09-10").putValue(ATTENDANCE, 450).putValue(PROPOSAL_DECISIONS, decisions)
        .putValue(UPPER_DELEGATES, null);
  }

  private String allDeclined(Task results) {
    return listed(results).stream().map(line -> line.split(" – ")[0] + "; Không tiếp nhận; Chưa đủ tiêu chuẩn")
        .collect(Collectors.joining("\n"));
  }

  private List<String> listed(Task results) {
    return strings((SpinJsonNode) engine.getFormService().getTaskFormVariables(results.getId()).get("lowerProposals"));
  }

  private static List<String> strings(SpinJsonNode json) {
    return json.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private static VariableMap counts(String heldOn) {
    return Variables.createVariables().putValue(HELD_ON, heldOn).putValue(ATTENDANCE, 50)
        .putValue(COMMENDED_COLLECTIVES, 0).putValue(COMMENDED_INDIVIDUALS, 0).putValue(UPPER_DELEGATES, 0);
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command[0]).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
