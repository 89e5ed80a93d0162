package vn.laichau.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.junit.jupiter.api.Test;

/**
 * The FEEL engine that keeps parsed rule-table texts answers as Camunda's own does, parses each text once, and fails on
 * a text that does not parse exactly as Camunda's does, at every evaluation.
 */
class ParsedOnceFeelEngineFactoryTest {

  private static final String TABLE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="scores" name="Điểm" namespace="test">
        <decision id="level" name="Mức">
          <decisionTable id="table" hitPolicy="UNIQUE">
            <input id="score" label="Điểm">
              <inputExpression id="scoreExpression" typeRef="integer"><text>score + bonus</text></inputExpression>
            </input>
            <output id="levelOutput" name="level" typeRef="string"/>
            <rule id="low">
              <inputEntry id="lowEntry"><text>%s</text></inputEntry>
              <outputEntry id="lowOutput"><text>"thấp"</text></outputEntry>
            </rule>
            <rule id="middle">
              <inputEntry id="middleEntry"><text>[50..80)</text></inputEntry>
              <outputEntry id="middleOutput"><text>"vừa"</text></outputEntry>
            </rule>
            <rule id="high">
              <inputEntry id="highEntry"><text>&gt;= 80</text></inputEntry>
              <outputEntry id="highOutput"><text>"cao"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private final DefaultDmnEngineConfiguration parsedOnce = parsedOnceConfiguration();
  private final DmnEngine engine = parsedOnce.buildEngine();
  private final DmnEngine camundas = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static DefaultDmnEngineConfiguration parsedOnceConfiguration() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(configuration::getFeelCustomFunctionProviders));
    return configuration;
  }

  @Test
  void answersAsCamundasEngineAtEveryBoundary() {
    DmnDecision ours = decision(engine, "&lt; 50");
    DmnDecision theirs = decision(camundas, "&lt; 50");
    for (int score : List.of(0, 49, 50, 79, 80, 100)) {
      assertThat(level(engine, ours, score)).as("score %d", score).isEqualTo(level(camundas, theirs, score));
    }
    assertThat(List.of(level(engine, ours, 49), level(engine, ours, 50), level(engine, ours, 79),
        level(engine, ours, 80))).containsExactly("thấp", "vừa", "vừa", "cao");
  }

  @Test
  void eachTextIsParsedOnceAcrossEvaluations() {
    DmnDecision decision = decision(engine, "&lt; 50");
    for (int score : List.of(10, 60, 90)) {
      level(engine, decision, score);
    }
    ParsedOnceFeelEngineFactory.ParsingOnce feel = feel();
    ParsedExpression entry = feel.parseUnaryTests("[50..80)").toOption().get();
    ParsedExpression input = feel.parseExpression("score + bonus").toOption().get();
    int kept = feel.kept();

    for (int score = 0; score < 100; score++) {
      level(engine, decision, score);
    }

    assertThat(feel.kept()).as("the input expression, three tests and three outputs").isEqualTo(kept).isEqualTo(7);
    assertThat(feel.parseUnaryTests("[50..80)").toOption().get()).isSameAs(entry);
    assertThat(feel.parseExpression("score + bonus").toOption().get()).isSameAs(input);
  }

  @Test
  void aTextThatDoesNotParseFailsAsInCamundasEngineEveryTime() {
    DmnDecision ours = decision(engine, "&lt; &lt;");
    DmnDecision theirs = decision(camundas, "&lt; &lt;");
    Throwable expected = catchThrowable(() -> level(camundas, theirs, 10));
    assertThat(expected).isNotNull();

    for (int attempt = 0; attempt < 2; attempt++) {
      Throwable failure = catchThrowable(() -> level(engine, ours, 10));
      assertThat(failure).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }
    assertThat(feel().parseUnaryTests("< <").isLeft()).isTrue();
    assertThat(feel().kept()).as("the input expression; the first test failed, the table stopped").isEqualTo(1);
  }

  private ParsedOnceFeelEngineFactory.ParsingOnce feel() {
    return (ParsedOnceFeelEngineFactory.ParsingOnce)
        ((ParsedOnceFeelEngineFactory.Engine) parsedOnce.getFeelEngine()).feel();
  }

  private static DmnDecision decision(DmnEngine engine, String lowTest) {
    return engine.parseDecision("level",
        new ByteArrayInputStream(TABLE.formatted(lowTest).getBytes(StandardCharsets.UTF_8)));
  }

  private static String level(DmnEngine engine, DmnDecision decision, int score) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("score", score - 5)
        .putValue("bonus", 5)).getSingleEntry();
  }
}
