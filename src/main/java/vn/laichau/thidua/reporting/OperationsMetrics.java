package vn.laichau.thidua.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.campaign.progress.CongressProgressRepository;
import vn.laichau.thidua.campaign.progress.CongressStatus;
import vn.laichau.thidua.common.SystemContext;
import vn.laichau.thidua.common.VietnamTime;

/**
 * The operations metrics at {@code /actuator/prometheus}: the open congresses per state and the overdue ones (from the
 * projection), the job executor's backlog and failed jobs, the open incidents, and the e-mails of the outbox
 * ({@code notification_outbox}): waiting to go out (due or being sent), given up after their attempts, sent. Read at
 * each scrape, as the system: the caller of the endpoint is authenticated, and the figures are the whole engine's.
 */
@Component
public class OperationsMetrics implements MeterBinder {

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
    Gauge.builder("thidua.mails.waiting", () -> outbox("sent_at IS NULL AND failed_at IS NULL"))
        .description("Thư chờ gửi (kể cả đang thử lại)").register(registry);
    Gauge.builder("thidua.mails.failed", () -> outbox("sent_at IS NULL AND failed_at IS NOT NULL"))
        .description("Thư gửi không được, đã hết số lần thử lại").register(registry);
    Gauge.builder("thidua.mails.sent", () -> asSystem(() -> jdbc.queryForObject(
            "SELECT COUNT(*) FROM notification_sent", Long.class)))
        .description("Thư đã giao cho máy chủ thư").register(registry);
  }

  /** The mails of the outbox in one state. */
  private double outbox(String state) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE " + state, Long.class);
    return count == null ? 0 : count;
  }

  private <T extends Number> double asSystem(Supplier<T> figure) {
    T value = SystemContext.call(identity, figure);
    return value == null ? 0 : value.doubleValue();
  }
}
