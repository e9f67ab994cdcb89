package uk.safeguarding.scorecard.cli;

/** The exit codes schedulers rely on. */
final class ExitCode {
    /** the job completed (rejected inputs are results, not failures) */
    static final int COMPLETED = 0;
    /** the job failed; running the same command again restarts it */
    static final int FAILED = 1;
    /** bad usage or configuration; the message says what to fix */
    static final int USAGE = 2;
    /** another run of the same job is in progress */
    static final int ALREADY_RUNNING = 3;

    private ExitCode() {
    }
}
