package vn.laichau.thidua.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a congress reports to the campaign runs in the one written order, whatever order Spring finds the beans in. */
class CongressObserversOrderTest {

  private final CongressObserver progress = new CongressObserver() { };
  private final CongressObserver delegates = new CongressObserver() { };
  private final CongressObserver waves = new CongressObserver() { };

  @Test
  void observersRunInTheWrittenOrder() {
    Map<String, CongressObserver> found = new LinkedHashMap<>();
    found.put("waveTracker", waves);
    found.put("congressProgressRecorder", progress);
    found.put("upwardResults", delegates);

    assertThat(CongressObserversPlugin.inOrder(found)).containsExactly(progress, delegates, waves);
  }

  @Test
  void anObserverWithoutAPlaceIsRefused() {
    Map<String, CongressObserver> found = new LinkedHashMap<>();
    found.put("congressProgressRecorder", progress);
    found.put("newObserver", new CongressObserver() { });

    assertThatThrownBy(() -> CongressObserversPlugin.inOrder(found)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[newObserver]").hasMessageContaining("CongressObserversPlugin.ORDER");
  }
}
