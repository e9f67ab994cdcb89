package uk.safeguarding.scorecard;

/** Bad usage or configuration that the user must fix (exit code 2); the message says what. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
