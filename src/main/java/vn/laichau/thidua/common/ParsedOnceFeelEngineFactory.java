package vn.laichau.thidua.common;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine for the rule tables, except that each distinct expression or unary-test text is parsed once
 * and its parsed form kept: the FEEL engine parses every input expression and every rule's test again at each
 * evaluation, and that parsing was the largest Java cost of a rule table. Everything else is Camunda's own engine
 * ({@link ScalaFeelEngine}): the same value mappers (Java, Spin), the same custom function providers, the same
 * variables (the table's input as {@code cellInput}, then the decision's variables); only its FEEL engine's two
 * parse methods are answered from the kept forms. A parsed expression holds no variable values, so one form serves
 * every evaluation and thread. A text that does not parse is not kept: it fails again, with the same message, at
 * each evaluation.
 */
public class ParsedOnceFeelEngineFactory implements FeelEngineFactory {

  /** More distinct texts than the deployed tables hold by far; past it, a new text is parsed at each use as before. */
  static final int MAX_KEPT = 10_000;

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  /**
   * @param functionProviders read when the engine is built, so that the providers the process engine hands to the
   *     DMN engine configuration while it is built are the ones used
   */
  public ParsedOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    return new Engine(functionProviders.get());
  }

  /** Camunda's engine, built on a FEEL engine that keeps what it parsed. */
  static class Engine extends ScalaFeelEngine {

    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
        CompositeValueMapper valueMapper) {
      org.camunda.feel.FeelEngine camundas = super.buildFeelEngine(functions, valueMapper);
      return new ParsingOnce(camundas);
    }

    /** The FEEL engine underneath, so that a test can see what it keeps. */
    org.camunda.feel.FeelEngine feel() {
      return feelEngine;
    }
  }

  /**
   * The FEEL engine Camunda builds (same function provider, value mapper, configuration and clock), whose
   * {@code evalExpression}/{@code evalUnaryTests} of a text parse through the two methods below.
   */
  static class ParsingOnce extends org.camunda.feel.FeelEngine {

    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    ParsingOnce(org.camunda.feel.FeelEngine camundas) {
      super(camundas.functionProvider(), camundas.valueMapper(), camundas.configuration(), camundas.clock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return kept(expressions, expression, super::parseExpression);
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return kept(unaryTests, expression, super::parseUnaryTests);
    }

    /** How many texts are kept. */
    int kept() {
      return expressions.size() + unaryTests.size();
    }

    private static Either<Failure, ParsedExpression> kept(Map<String, Either<Failure, ParsedExpression>> parsed,
        String text, Function<String, Either<Failure, ParsedExpression>> parse) {
      Either<Failure, ParsedExpression> known = parsed.get(text);
      if (known != null) {
        return known;
      }
      Either<Failure, ParsedExpression> result = parse.apply(text);
      if (result instanceof Right && parsed.size() < MAX_KEPT) {
        parsed.putIfAbsent(text, result);
      }
      return result;
    }
  }
}
