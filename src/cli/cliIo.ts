/** What the CLI touches of its process, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours in `stylish`). */
  isTTY: boolean;
}

/** A usage or input problem: one line on stderr, exit 2. */
export class UsageError extends Error {}
