package vn.laichau.thidua.notification;

import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * The result of resolving a message's addressees against the identity service.
 *
 * @param addresses      everyone who gets the mail, each once
 * @param addresseeNames the Vietnamese names of the groups and people addressed ("Kính gửi: …")
 * @param problems       Vietnamese descriptions of everyone who could not be reached, e.g. a user without e-mail
 */
public record Recipients(List<InternetAddress> addresses, List<String> addresseeNames, List<String> problems) {

  public Recipients {
    addresses = List.copyOf(addresses);
    addresseeNames = List.copyOf(addresseeNames);
    problems = List.copyOf(problems);
  }

  public boolean nobody() {
    return addresses.isEmpty();
  }
}
