package vn.laichau.thidua.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.CommandReads;

/**
 * Finds the e-mail addresses of a message's addressees in the engine's identity service (the users Admin manages).
 * Every addressee that cannot be reached (no council member assigned, unknown user, empty group, a user without or
 * with an unusable address) becomes a problem the caller reports; nobody is skipped silently.
 */
@Component
public class RecipientResolver {

  private static final String GROUP_NAMES = "act_id_group";
  private static final String MEMBERS = "act_id_membership";
  private static final String USERS = "act_id_user";

  private final IdentityService identityService;
  private final MailTemplates templates;
  private final DailyDigest dailyDigest;

  public RecipientResolver(IdentityService identityService, MailTemplates templates, DailyDigest dailyDigest) {
    this.identityService = identityService;
    this.templates = templates;
    this.dailyDigest = dailyDigest;
  }

  public Recipients resolve(List<Addressee> addressees) {
    knowGroups(addressees.stream().filter(Addressee::isGroup).map(Addressee::groupId).toList());
    Map<String, InternetAddress> byEmail = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Addressee addressee : addressees) {
      if (addressee.isGroup()) {
        resolveGroup(addressee.groupId(), addressee.exceptDigestReaders(), byEmail, names, problems);
      } else {
        resolveUser(addressee, byEmail, names, problems);
      }
    }
    return new Recipients(new ArrayList<>(byEmail.values()), names, problems);
  }

  /** The group's name as Admin shows it, e.g. "Phòng Nội vụ huyện Tam Đường"; the id when it has none. */
  public String groupName(String groupId) {
    return CommandReads.read(GROUP_NAMES, groupId,
        () -> nameOf(groupId, identityService.createGroupQuery().groupId(groupId).singleResult()));
  }

  /**
   * Reads the names of these groups in one query, for {@link #groupName} to find for the rest of the command (outside
   * a command nothing is kept and this does nothing).
   */
  public void knowGroups(Collection<String> groupIds) {
    if (!CommandReads.active()) {
      return;
    }
    List<String> unknown = groupIds.stream().distinct()
        .filter(groupId -> !CommandReads.has(GROUP_NAMES, groupId)).toList();
    if (unknown.size() < 2) {
      return; // one group is read as cheaply by groupName itself
    }
    Map<String, Group> found = new LinkedHashMap<>();
    identityService.createGroupQuery().groupIdIn(unknown.toArray(String[]::new)).list()
        .forEach(group -> found.put(group.getId(), group));
    unknown.forEach(groupId -> CommandReads.keep(GROUP_NAMES, groupId, nameOf(groupId, found.get(groupId))));
  }

  /** The user's full name as Admin shows it; the id for an unknown user. */
  public String userName(String userId) {
    User user = user(userId);
    return user == null ? userId : fullName(user);
  }

  private User user(String userId) {
    return CommandReads.read(USERS, userId, () -> identityService.createUserQuery().userId(userId).singleResult());
  }

  private List<User> members(String groupId) {
    return CommandReads.read(MEMBERS, groupId,
        () -> List.copyOf(identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()));
  }

  private String nameOf(String groupId, Group group) {
    return group == null || group.getName() == null || group.getName().isBlank()
        ? templates.label("group.unnamed", groupId) : group.getName();
  }

  private void resolveGroup(String groupId, boolean exceptDigestReaders, Map<String, InternetAddress> byEmail,
      List<String> names, List<String> problems) {
    names.add(groupName(groupId));
    List<User> members = members(groupId);
    if (members.isEmpty()) {
      problems.add(templates.label("problem.emptyGroup", groupName(groupId), groupId));
    }
    for (User member : members) {
      if (exceptDigestReaders && dailyDigest.isReader(member.getId())) {
        continue; // hears of it in the next digest: not a problem to report
      }
      addUser(member, groupName(groupId), byEmail, problems);
    }
  }

  private void resolveUser(Addressee addressee, Map<String, InternetAddress> byEmail, List<String> names,
      List<String> problems) {
    if (addressee.userId() == null || addressee.userId().isBlank()) {
      problems.add(templates.label("problem.noUserAssigned", addressee.roleLabel()));
      return;
    }
    User user = user(addressee.userId());
    if (user == null) {
      problems.add(templates.label("problem.unknownUser", addressee.roleLabel(), addressee.userId()));
      return;
    }
    names.add(fullName(user) + " (" + addressee.roleLabel() + ")");
    addUser(user, addressee.roleLabel(), byEmail, problems);
  }

  private void addUser(User user, String as, Map<String, InternetAddress> byEmail, List<String> problems) {
    String email = user.getEmail() == null ? "" : user.getEmail().trim();
    if (email.isEmpty()) {
      problems.add(templates.label("problem.noEmail", fullName(user), user.getId(), as));
      return;
    }
    try {
      InternetAddress address = new InternetAddress(email, fullName(user), StandardCharsets.UTF_8.name());
      address.validate();
      byEmail.putIfAbsent(email.toLowerCase(), address);
    } catch (AddressException | UnsupportedEncodingException e) {
      problems.add(templates.label("problem.badEmail", fullName(user), user.getId(), as, email));
    }
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
