package vn.laichau.thidua.reporting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.campaign.api.CampaignAccess;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.identity.Groups;

/**
 * Who sees which part of a campaign's progress, dashboard and report: UBND tỉnh, the council, Sở Nội vụ and
 * administrators the whole province; a district's Phòng Nội vụ its own communes (the dossiers it reviews, R6); a unit's
 * officials nothing (403). The report to UBND tỉnh is Sở Nội vụ's document on the whole province, so only the
 * province's readers get it.
 */
@Component
public class ProgressAccess {

  public static final String NOT_ALLOWED = "Chỉ Sở Nội vụ, UBND tỉnh, Hội đồng Thi đua, Khen thưởng tỉnh, Phòng Nội vụ các"
      + " huyện, thành phố và quản trị viên được xem tiến độ Đại hội.";
  public static final String REPORT_NOT_ALLOWED = "Chỉ Sở Nội vụ, UBND tỉnh, Hội đồng Thi đua, Khen thưởng tỉnh và quản trị"
      + " viên được tải báo cáo gửi UBND tỉnh.";

  private static final List<String> PROVINCE_READERS = List.of(Groups.SO_NOI_VU, Groups.UBND_TINH,
      Groups.HOI_DONG_TDKT, Groups.CAMUNDA_ADMIN);

  private final CampaignAccess access;
  private final CongressProgressRepository progress;

  public ProgressAccess(CampaignAccess access, CongressProgressRepository progress) {
    this.access = access;
    this.progress = progress;
  }

  /** The caller's part of the campaigns; 401 without a caller, 403 for whoever has no part. */
  public ProgressScope scope() {
    Authentication caller = access.caller();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    Set<String> followed = groups.contains(Groups.HOI_DONG_TDKT)
        ? progress.unitsFollowedBy(caller.getUserId()) : Set.of();
    if (groups.stream().anyMatch(PROVINCE_READERS::contains)) {
      return new ProgressScope(true, Set.of(), caller.getUserId(), followed);
    }
    Set<String> districts = groups.stream().filter(Groups::isPhongNoiVuGroup).map(Groups::districtCodeOf)
        .collect(Collectors.toSet());
    if (districts.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
    return new ProgressScope(false, districts, caller.getUserId(), followed);
  }

  /** The caller, when they may have the report on the whole province; 401 or 403 otherwise. */
  public ProgressScope reportReader() {
    ProgressScope scope = scope();
    if (!scope.province()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, REPORT_NOT_ALLOWED);
    }
    return scope;
  }
}
