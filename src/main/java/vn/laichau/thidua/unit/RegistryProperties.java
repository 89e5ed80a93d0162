package vn.laichau.thidua.unit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the unit registry ({@code thidua.registry.*}). Another province runs the same application with its
 * own code and its own lists.
 *
 * @param provinceCode the province's code, the only unit of level {@code TINH} and the parent of every district
 * @param seed         where the registry's first content comes from
 * @param standingAgencyCode the unit of the standing agency (cơ quan thường trực, Sở Nội vụ) whose own work the
 *                           campaign follows: its council member is told when that work is late (R7)
 */
@ConfigurationProperties(prefix = "thidua.registry")
public record RegistryProperties(@DefaultValue("12") String provinceCode, @DefaultValue Seed seed,
    @DefaultValue("SO-NOI-VU") String standingAgencyCode) {

  /**
   * The lists loaded into an empty registry at the first start; afterwards Sở Nội vụ keeps the registry.
   *
   * @param enabled  false to start with an empty registry
   * @param units    the statistics office's districts and communes (code,name,type,district_code,district_name)
   * @param agencies the provincial agencies with their codes (code,name,level,kind,source)
   */
  public record Seed(@DefaultValue("true") boolean enabled,
      @DefaultValue("classpath:data/lai-chau-units.csv") String units,
      @DefaultValue("classpath:data/lai-chau-agencies.csv") String agencies) {
  }
}
