/** What every command gets from the shell: where to write, where the collection lives. */
export interface CommandContext {
  /** Resolved collection directory (may not exist yet). */
  home: string;
  /** The environment (absent: process.env), handed over by the shell rather than read inside the commands. */
  env?: NodeJS.ProcessEnv;
  /** What `-` reads (absent: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Colour on: output is a terminal and NO_COLOR is unset. */
  color: boolean;
  /** The clock, read once at the edge. */
  now: Date;
}

/** What the program gets from its process: main() takes them so that tests can run it in process. */
export interface Shell {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
