package vn.laichau.thidua.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.laichau.thidua.campaign.CampaignRepository;
import vn.laichau.thidua.campaign.progress.CongressProgress;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressProgressWriter;
import vn.laichau.thidua.common.CommandReads;
import vn.laichau.thidua.contract.Congress;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitKind;

/**
 * {@link CommandReads}: the rows of a congress (register, unit, campaign, pilots, progress) are read once per engine
 * command, and never older than the command's own writes or than what other transactions committed before it.
 */
class CommandReadsTest extends CongressTestBase {

  @Autowired
  CampaignRepository campaigns;
  @Autowired
  CongressProgressRepository progress;
  @Autowired
  CongressProgressWriter progressWriter;

  @Test
  void oneCommandReadsEachRowOnce() {
    ProcessInstance congress = driver.start(driver.commune(null));
    String campaignId = facts.of(congress.getId()).campaignId();

    inOneCommand(() -> {
      Congress first = facts.of(congress.getId());
      Congress again = facts.of(congress.getId());
      assertThat(again.unit()).as("the unit's row, read once").isSameAs(first.unit());
      assertThat(campaigns.find(campaignId).orElseThrow()).isSameAs(campaigns.find(campaignId).orElseThrow());
      assertThat(progress.findByProcessInstance(congress.getId()).orElseThrow())
          .isSameAs(progress.findByProcessInstance(congress.getId()).orElseThrow());
      return null;
    });
  }

  @Test
  void nothingIsKeptOutsideACommand() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);

    assertThat(facts.of(congress.getId()).unit()).isEqualTo(commune)
        .isNotSameAs(facts.of(congress.getId()).unit());
  }

  @Test
  void aReadAfterAWriteInTheSameCommandSeesTheWrite() {
    // a district of its own, so that picking its pilot commune takes nobody's place
    String province = registry.find("106").orElseThrow().parentCode();
    Unit district = driver.save(Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null, province);
    Unit commune = driver.save(Level.CO_SO, UnitKind.CIVIL, null, district.code());
    ProcessInstance congress = driver.start(commune);
    String id = congress.getId();
    String campaignId = facts.of(id).campaignId();
    LocalDate extendedTo = facts.of(id).deadline().plusDays(10);

    inOneCommandRolledBack(() -> {
      // the registry: a staff count entered in the command
      assertThat(facts.of(id).staffCount()).isNull();
      registry.save(commune.withStaffCount(320));
      assertThat(facts.of(id).staffCount()).isEqualTo(320);

      // the register: an extension of the last day (R7)
      facts.of(id).deadline();
      facts.extend(id, extendedTo);
      assertThat(facts.of(id).deadline()).isEqualTo(extendedTo);

      // the campaign's pilots (R8): a commune picked in the command
      assertThat(facts.of(id).pilot()).isFalse();
      campaigns.insertPilotCommune(campaignId, commune.parentCode(), commune.code(), "test");
      assertThat(facts.of(id).pilot()).isTrue();
      assertThat(campaigns.pilotCommunes(campaignId)).containsEntry(commune.parentCode(), commune.code());

      // the progress: the recorder's writer updates the row
      assertThat(progress.findByProcessInstance(id).map(CongressProgress::overdue)).contains(false);
      progressWriter.overdue(id, true);
      assertThat(progress.findByProcessInstance(id).map(CongressProgress::overdue)).contains(true);
      assertThat(progress.find(campaignId, commune.code()).map(CongressProgress::overdue)).contains(true);
    });
    assertThat(facts.of(id).pilot()).as("rolled back with the command").isFalse();
  }

  @Test
  void aCommandSeesWhatAnotherTransactionCommittedBeforeIt() {
    Unit commune = driver.commune(null);
    ProcessInstance congress = driver.start(commune);
    String id = congress.getId();

    Unit before = inOneCommand(() -> facts.of(id).unit());
    // committed in its own transaction, outside any command
    registry.save(commune.withStaffCount(450));
    Unit after = inOneCommand(() -> facts.of(id).unit());

    assertThat(before.staffCount()).isNull();
    assertThat(after.staffCount()).isEqualTo(450);
  }

  /** Work whose writes are undone when it ends: the shared database keeps none of them. */
  private void inOneCommandRolledBack(Runnable work) {
    assertThatThrownBy(() -> inOneCommand(() -> {
      work.run();
      throw new RolledBack();
    })).isInstanceOf(RolledBack.class);
  }

  private static final class RolledBack extends RuntimeException {
  }
}
