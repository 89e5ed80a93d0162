package vn.laichau.thidua.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class covers at least this share of the process's flow nodes and sequence flows (1.0: all of them), as
 * computed by the coverage library for the class. Checked by {@link ProcessCoverageAssertion} after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AssertProcessCoverage {

  /** The process definition key, e.g. {@code congress}. */
  String process();

  double atLeast() default 1.0;

  /**
   * Only the flow nodes and sequence flows whose id starts with one of these count (none given: all). The notification
   * elements of {@code congress} ({@code notify…}) are the notification tests' to cover.
   */
  String[] onlyElementsStartingWith() default {};

  /** The flow nodes and sequence flows whose id starts with one of these do not count, e.g. {@code notify}. */
  String[] exceptElementsStartingWith() default {};
}
