package vn.laichau.thidua.notification;

/**
 * Who a message is for: every user of a group, or one user in a role (the unit's council member). A user id may be
 * {@code null} (no council member assigned yet): that is reported, not skipped.
 *
 * @param groupId   the group, or {@code null} for a single user
 * @param userId    the single user, or {@code null} for a group
 * @param roleLabel the Vietnamese role of a single user, e.g. the council member's; {@code null} for a group
 * @param exceptDigestReaders for a group: leaves out its members who take the daily digest instead ({@link DailyDigest})
 */
public record Addressee(String groupId, String userId, String roleLabel, boolean exceptDigestReaders) {

  public static Addressee group(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("group id required");
    }
    return new Addressee(groupId, null, null, false);
  }

  /** The group's members but those who read the dossiers waiting for them in one mail a day. */
  public static Addressee groupWithoutDigestReaders(String groupId) {
    return new Addressee(group(groupId).groupId(), null, null, true);
  }

  public static Addressee user(String userId, String roleLabel) {
    return new Addressee(null, userId, roleLabel, false);
  }

  public boolean isGroup() {
    return groupId != null;
  }
}
