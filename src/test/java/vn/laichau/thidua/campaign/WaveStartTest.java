package vn.laichau.thidua.campaign;

import static vn.laichau.thidua.ProcessKeys.TASK_RECORD_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static vn.laichau.thidua.campaign.CampaignDriver.clockAt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.laichau.thidua.campaign.milestone.Milestone;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.wave.CongressStarter;
import vn.laichau.thidua.campaign.wave.WaveRepository;
import vn.laichau.thidua.support.CampaignStartForm;
import vn.laichau.thidua.support.MilestoneTasks;
import vn.laichau.thidua.unit.Level;
import vn.laichau.thidua.unit.Unit;
import vn.laichau.thidua.unit.UnitRegistry;

/**
 * A wave starts unit by unit, each congress in a job of its own: a unit whose congress cannot start (here, a failure
 * the test puts into the starter for huyện Tam Đường) is one incident in Cockpit, the other units' congresses start,
 * and once the unit is put right and its job retried, the wave is recorded as started.
 */
@SpringBootTest
@ActiveProfiles("test")
class WaveStartTest {

  static final String CAMPAIGN = "WAVE-2030";
  static final String BAD_UNIT = "106";

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired UnitRegistry registry;
  @Autowired WaveRepository waves;
  @Autowired CongressProgressRepository progress;
  @MockitoSpyBean CongressStarter starter;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneUnitWhoseCongressCannotStartIsOneIncidentWhileTheRestOfTheWaveStarts() {
    doThrow(new IllegalStateException("Dữ liệu đơn vị 106 bị lỗi")).when(starter)
        .startIfAbsent(eq(CAMPAIGN), argThat(unit -> unit != null && BAD_UNIT.equals(unit.code())));
    clockAt(LocalDate.of(2029, 5, 2), 9, 0);
    ProcessInstance campaign = CampaignStartForm.start(engine, CAMPAIGN, 2029);
    clockAt(LocalDate.of(2029, 6, 20), 9, 0);
    engine.getTaskService().complete(MilestoneTasks.single(engine.getTaskService(), campaign.getId(),
        TASK_RECORD_MILESTONE, Milestone.GUIDANCE).getId(), Map.of("doneOn", "2029-06-20", "reference", "1/HD"));

    runWaveJobs(campaign);
    List<String> wave = registry.findAll().stream().filter(Unit::active)
        .filter(unit -> unit.level() == Level.SO_NGANH_HUYEN).map(Unit::code).toList();
    assertThat(progress.findByCampaign(CAMPAIGN)).extracting("unitCode")
        .containsExactlyInAnyOrderElementsOf(wave.stream().filter(code -> !BAD_UNIT.equals(code)).toList());
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(campaign.getId())
        .list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo("startSoNganhHuyenWave");
      assertThat(incident.getIncidentMessage()).contains("Dữ liệu đơn vị 106 bị lỗi");
    });
    assertThat(waves.waveState(CAMPAIGN, Level.SO_NGANH_HUYEN)).as("not every unit has its congress yet")
        .isEmpty();

    // the unit is put right; the operator retries its job in Cockpit
    reset(starter);
    managementService.setJobRetries(incidents.get(0).getConfiguration(), 1);
    runWaveJobs(campaign);
    assertThat(progress.find(CAMPAIGN, BAD_UNIT)).isPresent();
    assertThat(waves.waveState(CAMPAIGN, Level.SO_NGANH_HUYEN)).contains(false);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(campaign.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(campaign.getId())
        .activityId("provincialPreparationDay").count()).isEqualTo(1);
  }

  /** Runs the campaign's due jobs, each once per call, until none is left that can run; a failing one is noted. */
  private void runWaveJobs(ProcessInstance campaign) {
    while (true) {
      List<Job> due = managementService.createJobQuery().processInstanceId(campaign.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException failure) {
          // the job keeps its failure, with one try less, and becomes an incident when none is left
        }
      }
    }
  }
}
