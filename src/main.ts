/** The CLI's entry point: the only module with an effect on import. */

import { main } from './cli/program.js';
import { renderUnexpected } from './errors.js';

// A reader that goes away (`pmcheck audit … | head`) closes the pipe: the rest of the report has
// nowhere to go, which is no error of the run's. Without a listener Node would crash with a
// stack trace and exit 1 over a gate that may have passed; with one, the run ends as it would
// have, with its own exit code. Another failure to write is a failed run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    if (stream !== process.stderr) process.stderr.write(`pmcheck: cannot write the report: ${err.message}\n`);
    process.exitCode = 2;
  });
}

main(process.argv).then(
  (code) => {
    // A failure to write, above, already made this run a failure.
    if (process.exitCode !== 2) process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${renderUnexpected(err)}\n`);
    process.exitCode = 2;
  },
);
