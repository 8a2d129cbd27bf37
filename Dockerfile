# Builds the service from the repository and runs it; docker-compose.yml pairs it with the official neo4j:5 image.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY cypher cypher
COPY src src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/reggraph.jar reggraph.jar
COPY import/corpus import/corpus
COPY import/national import/national
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/reggraph.jar"]
