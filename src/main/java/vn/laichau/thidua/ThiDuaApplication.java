package vn.laichau.thidua;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The province's plan for its Patriotic Emulation Congresses (Đại hội Thi đua yêu nước) on Camunda 7.
 */
@SpringBootApplication
@EnableProcessApplication("thi-dua-dai-hoi")
@ConfigurationPropertiesScan
public class ThiDuaApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThiDuaApplication.class, args);
  }
}
