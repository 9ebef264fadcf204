# syntax=docker/dockerfile:1
# One image for Khabar's three services; the command picks one: ingest, enrich or sink.
#   docker build -t khabar .        (docker compose builds it for you)
# Configuration comes from KHABAR_* environment variables only (see the README's table).

# --- build: the Maven wrapper, as on a developer machine (tests run in CI, not here) -----------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY model/ model/
COPY enrich/ enrich/
COPY testkit/ testkit/
COPY sink/ sink/
COPY ingest/ ingest/
COPY app/ app/
# The Maven repository is a build cache: dependencies download once, not on every source change.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package

# --- runtime: a JRE, the launcher jar and its libraries, a non-root user -----------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 khabar \
 && useradd --system --uid 10001 --gid khabar --home-dir /var/lib/khabar --create-home --shell /usr/sbin/nologin khabar
COPY --from=build /src/app/target/lib/ /opt/khabar/lib/
COPY --from=build /src/app/target/khabar.jar /opt/khabar/khabar.jar
USER 10001:10001
WORKDIR /var/lib/khabar
# Streams state (enrich) lives in the container: a replacement rebuilds it from its changelog topic.
ENV KHABAR_STATE_DIR=/var/lib/khabar/streams
# /metrics, /health and the live page: ingest 9465, enrich 9466, sink 9467 (KHABAR_METRICS_PORT), on every
# interface of the container so that Prometheus can scrape them (outside a container the default is loopback).
ENV KHABAR_METRICS_ADDRESS=0.0.0.0
EXPOSE 9465 9466 9467
# Heap as a share of the container's memory limit; JDK_JAVA_OPTIONS adds more JVM options.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", \
            "-Dsun.stderr.encoding=UTF-8", "-jar", "/opt/khabar/khabar.jar"]
CMD ["--help"]
