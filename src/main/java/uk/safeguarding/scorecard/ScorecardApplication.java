package uk.safeguarding.scorecard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the batch jobs; started by the command line. */
@SpringBootApplication
public class ScorecardApplication {
}
