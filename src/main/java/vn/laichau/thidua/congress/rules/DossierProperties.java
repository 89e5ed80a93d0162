package vn.laichau.thidua.congress.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The dossier's documents ({@code thidua.dossier.*}).
 *
 * @param maxFileSize the largest document a unit may attach (each of the four); keep it at or below
 *                    {@code spring.servlet.multipart.max-file-size}
 */
@ConfigurationProperties(prefix = "thidua.dossier")
public record DossierProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
