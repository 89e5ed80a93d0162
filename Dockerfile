# The application image: the Spring Boot jar on the Eclipse Temurin 17 JRE.
# Built from the sources in two stages, so `docker-compose up --build` works from a clean clone with nothing but
# Docker installed; the runtime image holds the JRE and the jar only.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# the wrapper and the POM first: the dependency download is cached while only sources change
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q -Dmaven.test.skip=true dependency:resolve
COPY . .
# the tests ran before the image is built (./mvnw verify); the image build only packages, without the programs the
# tests need (thidua.tools.skip: pom.xml, enforcer execution test-tools)
RUN ./mvnw -B -q -Dmaven.test.skip=true -Dthidua.tools.skip=true package \
 && cp target/thi-dua-dai-hoi-*.jar /build/app.jar

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --home-dir /app --uid 10001 thidua \
 && mkdir /app/data && chown thidua /app/data
# /app/data holds this node's journal of mails the SMTP server accepted (thidua.notification.dispatch.journal):
# docker-compose mounts a volume there, so that a mail accepted just before a crash is not sent again
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER thidua
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
