/**
 * Typed errors for expected failures. The CLI maps each to an exit code and
 * prints its Chinese message on one line; a stack trace only with --debug.
 */
export class KaopingError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** A missing file, a wrong format, a missing sheet or column: exit 2. */
export class InputFileError extends KaopingError {
  constructor(message: string) {
    super(message, 2);
  }
}
