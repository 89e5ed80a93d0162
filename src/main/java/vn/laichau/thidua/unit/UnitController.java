package vn.laichau.thidua.unit;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.laichau.thidua.common.NotAuthenticatedException;
import vn.laichau.thidua.identity.Groups;

/**
 * {@code /api/units}, a public API: every signed-in user reads the registry; only Sở Nội vụ and administrators change
 * it. The caller is the engine's current authentication, set for {@code /api/*} by the HTTP Basic filter; the check is
 * repeated here so that the registry stays closed even if that filter were not in front of it.
 */
@RestController
@RequestMapping("/api/units")
public class UnitController {

  static final String NOT_SIGNED_IN = "Cần đăng nhập (HTTP Basic) bằng tài khoản của hệ thống để dùng danh sách đơn vị.";
  static final String NOT_ALLOWED = "Chỉ Sở Nội vụ và quản trị viên được thêm, sửa danh sách đơn vị.";

  private final UnitRegistry registry;
  private final IdentityService identityService;

  public UnitController(UnitRegistry registry, IdentityService identityService) {
    this.registry = registry;
    this.identityService = identityService;
  }

  @GetMapping
  public List<UnitView> all() {
    List<String> groups = groups(caller());
    return registry.findAll().stream().map(unit -> view(unit, groups)).toList();
  }

  @GetMapping("/{code}")
  public UnitView one(@PathVariable String code) {
    List<String> groups = groups(caller());
    return registry.find(code).map(unit -> view(unit, groups))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, JdbcUnitRegistry.notFound(code)));
  }

  /**
   * Every signed-in user sees which units exist; a unit's staff count and council member are its own business and
   * that of who oversees it: Sở Nội vụ, the council, UBND tỉnh and administrators see every unit's, a district's
   * Phòng Nội vụ its district's and its communes', a unit's official their own unit's.
   */
  private static UnitView view(Unit unit, List<String> groups) {
    boolean oversees = groups.contains(Groups.SO_NOI_VU) || groups.contains(Groups.CAMUNDA_ADMIN)
        || groups.contains(Groups.HOI_DONG_TDKT) || groups.contains(Groups.UBND_TINH)
        || groups.contains(Groups.unit(unit.code())) || groups.contains(Groups.phongNoiVu(unit.code()))
        || (unit.parentCode() != null && groups.contains(Groups.phongNoiVu(unit.parentCode())));
    return oversees ? UnitView.of(unit) : UnitView.withoutPrivateFacts(unit);
  }

  private static List<String> groups(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }

  /** Creates (201) or updates (200) the unit; bad input is a 400 with a Vietnamese message. */
  @PutMapping("/{code}")
  public ResponseEntity<UnitView> put(@PathVariable String code, @RequestBody UnitRequest request) {
    List<String> callerGroups = groups(caller());
    if (!callerGroups.contains(Groups.SO_NOI_VU) && !callerGroups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
    Optional<Unit> existing = registry.find(code);
    Unit saved = registry.save(request.toUnit(code, existing.orElse(null)));
    return ResponseEntity.status(existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED).body(UnitView.of(saved));
  }

  private Authentication caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotAuthenticatedException(NOT_SIGNED_IN);
    }
    return authentication;
  }
}
