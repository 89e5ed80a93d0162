package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.Test;

/** The factory is named once; the engine's durations still resolve with it. */
class TimerDurationFactoryTest {

  @Test
  void namesTheFactoryTheJdkFindsAndTimersStillResolve() throws Exception {
    String named = TimerDurationFactory.nameOnce();

    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(named);
    assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(named);
    assertThat(TimerDurationFactory.nameOnce()).isEqualTo(named);
    Date start = new Date(1_743_440_400_000L);
    assertThat(new DurationHelper("P3D", start).getDateAfter(start).getTime() - start.getTime())
        .isEqualTo(3L * 24 * 3600 * 1000);
  }
}
