package vn.laichau.thidua.campaign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.laichau.thidua.unit.RegistryStartup;

/**
 * At every start, each campaign configured in application.yaml that the table {@code campaign} lacks is stored from
 * its configured values, validated like any other. A campaign already stored is never overwritten: once created its
 * dates belong to Sở Nội vụ, not to the configuration file. Runs after the registry is seeded (the province must exist).
 */
@Component
@Order(CampaignStartup.ORDER)
public class CampaignStartup implements ApplicationRunner {

  public static final int ORDER = RegistryStartup.ORDER + 10;

  private static final Logger LOG = LoggerFactory.getLogger(CampaignStartup.class);

  private final CampaignService campaigns;
  private final CampaignDefaults defaults;
  private final CampaignRepository repository;

  public CampaignStartup(CampaignService campaigns, CampaignDefaults defaults, CampaignRepository repository) {
    this.campaigns = campaigns;
    this.defaults = defaults;
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String id : defaults.configuredIds()) {
      if (!repository.exists(id)) {
        try {
          campaigns.create(new CampaignRequest(id, null, null, null, null, null, null, null, null, null, null, null,
              null, null), null);
          LOG.info("Campaign {} stored from its configured defaults", id);
        } catch (InvalidCampaignException e) {
          // an empty registry (seeding switched off) has no province yet: the campaign is created once it has one
          LOG.warn("Configured campaign {} not stored: {}", id, e.getMessage());
        }
      }
    }
  }
}
