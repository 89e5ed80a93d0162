package vn.laichau.thidua.campaign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.thidua.campaign.pilot.PilotCommunes;
import vn.laichau.thidua.unit.RegistryStartup;

/**
 * At every start, each campaign configured in application.yaml that the table {@code campaign} lacks is stored from
 * its configured values, validated like any other. A campaign already stored is never overwritten: once created its
 * dates belong to Sở Nội vụ, not to the configuration file. The configured {@code pilot-communes} become the picks of
 * their districts. Runs after the registry is seeded (the province must exist).
 */
@Component
@Order(CampaignStartup.ORDER)
public class CampaignStartup implements ApplicationRunner {

  public static final int ORDER = RegistryStartup.ORDER + 10;

  private static final Logger LOG = LoggerFactory.getLogger(CampaignStartup.class);

  private final CampaignService campaigns;
  private final CampaignDefaults defaults;
  private final CampaignRepository repository;
  private final PilotCommunes pilots;
  private final TransactionTemplate transaction;

  public CampaignStartup(CampaignService campaigns, CampaignDefaults defaults, CampaignRepository repository,
      PilotCommunes pilots, TransactionTemplate transaction) {
    this.campaigns = campaigns;
    this.defaults = defaults;
    this.repository = repository;
    this.pilots = pilots;
    this.transaction = transaction;
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
          continue;
        }
        // R8: communes the configuration already names as pilots count as their districts' picks; a wrong one is
        // reported and skipped, the campaign itself stays
        for (String commune : defaults.pilotCommunes(id)) {
          try {
            transaction.executeWithoutResult(status -> pilots.pickConfigured(id, commune));
          } catch (InvalidCampaignException e) {
            LOG.warn("Configured pilot commune {} of campaign {} not stored: {}", commune, id, e.getMessage());
          }
        }
      }
    }
  }
}
