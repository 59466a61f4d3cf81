/**
 * The one error family that reaches the user. Anything thrown that is not a
 * GuanhuaError is a bug: cli.ts shows it as one line and keeps the stack for --debug.
 */
export class GuanhuaError extends Error {
  /** 1: bad input or a failed operation; 2: usage error. */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'GuanhuaError';
    this.exitCode = exitCode;
  }
}

/** A user's mistake in how the command was called (exit code 2). */
export class UsageError extends GuanhuaError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
