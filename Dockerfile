# One image recipe for every Kombel app; MODULE picks the app:
#   docker build --build-arg MODULE=membership-service -t kombel/membership-service .
# MODULE is gateway, membership-service, learning-service or discussion-service.
# Needs no BuildKit-only features, so the classic builder (docker-compose 1.x) builds it too.

# Only the poms (and .mvn), in their directories: found, not listed, so a new module needs no edit.
FROM maven:3.9.11-eclipse-temurin-17 AS poms
WORKDIR /src
COPY . .
RUN find . ! -type d ! -name pom.xml ! -path './.mvn/*' -delete \
    && find . -depth -type d -empty -delete

# The web client (module web, served by the gateway) is built with node here; the Maven build below
# then packs target/dist without running npm (-Dnpm.skip=true): the Maven image has no node.
FROM node:22-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src

# Dependencies first, in a layer rebuilt only when a pom changes (COPY --from is cached by content).
# Everything up to here is the same for all four apps, so their images share it.
COPY --from=poms /src/ ./
RUN mvn -B -q dependency:go-offline

COPY . .
COPY --from=web /web/target/dist web/target/dist
ARG MODULE
RUN : "${MODULE:?build with --build-arg MODULE=<app module>}" \
    && mvn -B -q -DskipTests -Dspotless.check.skip=true -Dnpm.skip=true -pl "${MODULE}" -am package \
    && cp "${MODULE}/target/${MODULE}.jar" /app.jar


FROM eclipse-temurin:17-jre
ARG MODULE
LABEL org.opencontainers.image.title="kombel-${MODULE}" \
      org.opencontainers.image.description="Kombel ${MODULE}"

# A fixed numeric UID, so Kubernetes' runAsNonRoot can verify it. The app writes only to /tmp.
COPY deploy/healthcheck.sh /usr/local/bin/healthcheck
RUN chmod 0755 /usr/local/bin/healthcheck \
    && groupadd --system --gid 10001 kombel \
    && useradd --system --uid 10001 --gid kombel --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin kombel

WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER 10001:10001

# Heap sized from the container's memory limit; an OutOfMemoryError ends the JVM so the container
# restarts instead of limping on. JAVA_OPTS comes after the defaults, so its flags win.
ENV JAVA_OPTS=""
ENTRYPOINT ["/bin/sh", "-c", "set -f; exec java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar /app/app.jar \"$@\"", "app"]
