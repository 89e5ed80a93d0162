package vn.laichau.thidua.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.WhitelistingDeserializationTypeValidator;

/**
 * Deserializes an object variable into exactly the types configured ({@code deserializationAllowedClasses}, the
 * classes the application itself stores, and {@code deserializationAllowedPackages}) and nothing else. The engine's
 * default validator always adds a list of JDK types of its own (maps, sets, dates…), which this application never
 * stores: with this one, an empty configuration allows nothing at all.
 */
public class StoredTypesDeserializationValidator implements WhitelistingDeserializationTypeValidator {

  private Set<String> classes = Set.of();
  private Set<String> packages = Set.of();

  @Override
  public void setAllowedClasses(String allowedClasses) {
    this.classes = split(allowedClasses);
  }

  @Override
  public void setAllowedPackages(String allowedPackages) {
    this.packages = split(allowedPackages);
  }

  @Override
  public boolean validate(String className) {
    if (className == null || className.isEmpty()) {
      return false;
    }
    if (classes.contains(className)) {
      return true;
    }
    int lastDot = className.lastIndexOf('.');
    return lastDot > 0 && packages.contains(className.substring(0, lastDot));
  }

  private static Set<String> split(String list) {
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
