package vn.laichau.thidua.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.common.TableFile;

/**
 * Reads the registry's first content from the project's own lists (src/main/resources/data, see SOURCES.md there):
 * the province, its districts and communes from the statistics office's list, and the provincial agencies from the
 * project's list with their codes. Staff counts are not public, so every unit starts without one.
 */
@Component
public class UnitSeeder {

  private final ResourceLoader resources;
  private final RegistryProperties properties;

  public UnitSeeder(ResourceLoader resources, RegistryProperties properties) {
    this.resources = resources;
    this.properties = properties;
  }

  /** Parents before children: the province, the districts, the agencies, then the communes. */
  public List<Unit> units() {
    String provinceCode = properties.provinceCode();
    List<Map<String, String>> administrative = read(properties.seed().units());
    List<Unit> districts = new ArrayList<>();
    List<Unit> communes = new ArrayList<>();
    String provinceName = null;
    for (Map<String, String> row : administrative) {
      String parent = required(row, "district_code", properties.seed().units());
      if (provinceCode.equals(parent)) {
        // the statistics office lists a district with the province in its district columns
        provinceName = required(row, "district_name", properties.seed().units());
        districts.add(new Unit(required(row, "code", properties.seed().units()),
            required(row, "name", properties.seed().units()), Level.SO_NGANH_HUYEN, UnitKind.CIVIL, null,
            provinceCode, null, true));
      } else {
        communes.add(new Unit(required(row, "code", properties.seed().units()),
            required(row, "name", properties.seed().units()), Level.CO_SO, UnitKind.CIVIL, null, parent, null,
            true));
      }
    }
    if (provinceName == null) {
      throw new IllegalStateException(properties.seed().units() + " lists no district of province " + provinceCode);
    }
    List<Unit> units = new ArrayList<>();
    units.add(new Unit(provinceCode, provinceName, Level.TINH, UnitKind.CIVIL, null, null, null, true));
    units.addAll(districts);
    for (Map<String, String> row : read(properties.seed().agencies())) {
      String source = properties.seed().agencies();
      units.add(new Unit(required(row, "code", source), required(row, "name", source),
          UnitInput.level(required(row, "level", source)), UnitInput.kind(required(row, "kind", source)), null, null,
          null, true));
    }
    units.addAll(communes);
    return units;
  }

  private List<Map<String, String>> read(String location) {
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      return TableFile.csv(new String(in.readAllBytes(), StandardCharsets.UTF_8)).records(location);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the registry seed " + location, e);
    }
  }

  private static String required(Map<String, String> row, String column, String source) {
    String value = row.get(column);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(source + ": column " + column + " is missing or empty in " + row);
    }
    return value;
  }
}
