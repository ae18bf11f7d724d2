import { HELP, parseArgs } from './args';
import { UsageError, type CliIo } from './cliIo';
import { runCheck, VERSION } from './commands/check';

/** argv (without node and script) → exit code. Never throws: bad usage is exit 2 with one line on stderr. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    return runCheck(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`incident-records: ${error.message}\n`);
      return 2;
    }
    io.stderr(`incident-records: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
