import { isatty } from 'node:tty';
import { runCli } from './main';
import { writeFully } from './writeFully';

// `incident-records check | head`: once the reader has gone, the rest of the output is dropped quietly
let readerGone = false;

const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (readerGone) return;
    try {
      writeFully(1, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      readerGone = true;
    }
  },
  stderr: (text) => process.stderr.write(text),
  isTTY: isatty(1),
});
process.exitCode = code;
