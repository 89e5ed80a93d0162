package vn.laichau.thidua.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.common.SystemContext;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The operations metrics at {@code /actuator/prometheus}: the open congresses per state and the overdue ones (from the
 * projection), the job executor's backlog and failed jobs, the open incidents, and the e-mails waiting to go out or
 * failed (the jobs of the {@code notify…} steps, which send one mail each) and sent (the sent-mail log). Read at each
 * scrape, as the system: the caller of the endpoint is authenticated, and the figures are the whole engine's.
 */
@Component
public class OperationsMetrics implements MeterBinder {

  static final String MAIL_STEP_PREFIX = "notify";
  private static final String ASYNC_BEFORE = "async-before";

  private final CongressProgressRepository progress;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;

  public OperationsMetrics(CongressProgressRepository progress, ManagementService management, RuntimeService runtime,
      IdentityService identity, JdbcTemplate jdbc) {
    this.progress = progress;
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CongressStatus status : CongressStatus.open()) {
      Gauge.builder("thidua.congresses.open", () -> asSystem(() -> progress.countOpenByStatus().getOrDefault(status, 0)))
          .description("Đại hội chưa kết thúc, theo tình trạng").tag("state", status.name()).register(registry);
    }
    Gauge.builder("thidua.congresses.overdue", () -> asSystem(() -> progress.countOverdue(VietnamTime.today())))
        .description("Đại hội đang quá hạn (R7)").register(registry);
    Gauge.builder("thidua.jobs.backlog", () -> asSystem(() -> management.createJobQuery().executable().count()))
        .description("Tác vụ nền đến hạn, chờ bộ thực thi").register(registry);
    Gauge.builder("thidua.jobs.failed", () -> asSystem(() -> management.createJobQuery().noRetriesLeft().count()))
        .description("Tác vụ nền đã hết số lần thử lại").register(registry);
    Gauge.builder("thidua.incidents.open", () -> asSystem(() -> runtime.createIncidentQuery().count()))
        .description("Sự cố đang mở").register(registry);
    Gauge.builder("thidua.mails.waiting", () -> asSystem(() -> mailJobs(true)))
        .description("Thư chờ gửi (kể cả đang thử lại)").register(registry);
    Gauge.builder("thidua.mails.failed", () -> asSystem(() -> mailJobs(false)))
        .description("Thư gửi không được, đã hết số lần thử lại").register(registry);
    Gauge.builder("thidua.mails.sent", () -> asSystem(() -> jdbc.queryForObject(
            "SELECT COUNT(*) FROM notification_sent", Long.class)))
        .description("Thư đã giao cho máy chủ thư").register(registry);
  }

  /** The jobs before a mail step (one mail each), with retries left or none. */
  long mailJobs(boolean retriesLeft) {
    List<JobDefinition> definitions = management.createJobDefinitionQuery().jobConfiguration(ASYNC_BEFORE).list()
        .stream().filter(d -> d.getActivityId() != null && d.getActivityId().startsWith(MAIL_STEP_PREFIX)).toList();
    long count = 0;
    for (JobDefinition definition : definitions) {
      count += retriesLeft
          ? management.createJobQuery().jobDefinitionId(definition.getId()).withRetriesLeft().count()
          : management.createJobQuery().jobDefinitionId(definition.getId()).noRetriesLeft().count();
    }
    return count;
  }

  private <T extends Number> double asSystem(Supplier<T> figure) {
    T value = SystemContext.call(identity, figure);
    return value == null ? 0 : value.doubleValue();
  }
}
