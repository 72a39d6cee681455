/** The CLI's entry point: the only module with an effect on import. */

import { main } from './cli/program.js';
import { renderUnexpected } from './errors.js';

// `pmcheck audit … | head`: once the reader has gone, nothing more can be said to it. Stop
// writing quietly and keep the exit code the audit decided, rather than dying with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    throw err;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${renderUnexpected(err)}\n`);
    process.exitCode = 2;
  },
);
