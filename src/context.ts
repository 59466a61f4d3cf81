/** What every command gets from the shell: where to write, where the collection lives. */
export interface CommandContext {
  /** Resolved collection directory (may not exist yet). */
  home: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Colour on: output is a terminal and NO_COLOR is unset. */
  color: boolean;
  /** The clock, read once at the edge. */
  now: Date;
}
