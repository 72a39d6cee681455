/** The CLI's entry point: the only module with an effect on import. */

import { main } from './cli/program.js';
import { renderUnexpected } from './errors.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${renderUnexpected(err)}\n`);
    process.exitCode = 2;
  },
);
