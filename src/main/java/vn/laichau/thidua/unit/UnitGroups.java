package vn.laichau.thidua.unit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.SystemContext;
import vn.laichau.thidua.identity.Groups;

/**
 * The engine groups that follow from the registry: {@code unit-<code>} for the officials of every unit,
 * {@code phong-noi-vu-<code>} for the Home Affairs office of every district (reviewer of its communes, R6), and the
 * role groups {@code so-noi-vu}, {@code hoi-dong-tdkt}, {@code ubnd-tinh}. Every method is idempotent: a group that
 * exists is kept, and only its name is brought up to date (a renamed unit renames its group).
 */
@Component
public class UnitGroups {

  /** Groups that take part in processes; {@code camunda-admin} is the engine's only SYSTEM group. */
  public static final String TYPE = "WORKFLOW";

  static final String SO_NOI_VU_NAME = "Sở Nội vụ (cơ quan thường trực thi đua, khen thưởng)";
  static final String HOI_DONG_TDKT_NAME = "Hội đồng Thi đua, Khen thưởng tỉnh";
  static final String UBND_TINH_NAME = "Ủy ban nhân dân tỉnh";
  static final String PHONG_NOI_VU_NAME_PREFIX = "Phòng Nội vụ ";

  private final IdentityService identityService;

  public UnitGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** {@code so-noi-vu}, {@code hoi-dong-tdkt}, {@code ubnd-tinh}. */
  public void ensureRoleGroups() {
    ensure(Groups.SO_NOI_VU, SO_NOI_VU_NAME);
    ensure(Groups.HOI_DONG_TDKT, HOI_DONG_TDKT_NAME);
    ensure(Groups.UBND_TINH, UBND_TINH_NAME);
  }

  /** The unit's own group, and for a district its Phòng Nội vụ. */
  public void ensureFor(Unit unit) {
    ensure(Groups.unit(unit.code()), unit.name());
    if (unit.isDistrict()) {
      ensure(Groups.phongNoiVu(unit.code()), PHONG_NOI_VU_NAME_PREFIX + unit.name());
    }
  }

  /** Creates the group, or renames it when its name changed; runs as the system (see {@link SystemContext}). */
  public void ensure(String groupId, String name) {
    SystemContext.run(identityService, () -> {
      Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
      if (group == null) {
        group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(TYPE);
        identityService.saveGroup(group);
      } else if (!name.equals(group.getName())) {
        group.setName(name);
        identityService.saveGroup(group);
      }
    });
  }
}
