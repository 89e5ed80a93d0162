package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import vn.laichau.thidua.congress.rules.CongressRules;
import vn.laichau.thidua.unit.Level;

/**
 * The rule tables are evaluated in the version deployed last, although the look-up of that version is made once per
 * engine command and not at each evaluation: a supervisor who deploys a new version of a table changes the next
 * evaluation, and the one after its deletion goes back to the version before.
 */
class RuleTableRedeploymentTest extends CongressTestBase {

  private static final String FULL_DAY_FOR_THE_PROVINCE =
      "<outputEntry id=\"sessionFullDaySession\"><text>\"FULL_DAY\"</text></outputEntry>";

  @Test
  void aNewVersionOfATableIsEvaluatedFromTheNextStepOn() throws IOException {
    String deployed = rules.latestVersionOf(CongressRules.ALLOWED_SESSIONS);
    assertThat(rules.allowedSessions(Level.TINH)).containsExactly(Session.FULL_DAY);

    String table = Files.readString(Path.of("processes/congress-rules.dmn"), StandardCharsets.UTF_8);
    assertThat(table).contains(FULL_DAY_FOR_THE_PROVINCE);
    Deployment morningOnly = engine.getRepositoryService().createDeployment().name("R4: the province meets a morning")
        .addString("congress-rules.dmn", table.replace(FULL_DAY_FOR_THE_PROVINCE,
            "<outputEntry id=\"sessionFullDaySession\"><text>\"MORNING\"</text></outputEntry>"))
        .deploy();
    try {
      assertThat(rules.latestVersionOf(CongressRules.ALLOWED_SESSIONS)).isNotEqualTo(deployed);
      assertThat(rules.allowedSessions(Level.TINH)).containsExactly(Session.MORNING);
      // inside one command as well: what the command looks up is the version deployed when it began
      assertThat(inOneCommand(() -> rules.allowedSessions(Level.TINH) + " " + rules.allowedSessions(Level.TINH)))
          .isEqualTo("[MORNING] [MORNING]");
    } finally {
      engine.getRepositoryService().deleteDeployment(morningOnly.getId(), true);
    }

    assertThat(rules.latestVersionOf(CongressRules.ALLOWED_SESSIONS)).isEqualTo(deployed);
    assertThat(rules.allowedSessions(Level.TINH)).containsExactly(Session.FULL_DAY);
  }
}
