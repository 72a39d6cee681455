/**
 * Regenerates the checked-in generated files. `npm run gen` writes them; the test suite
 * regenerates them in memory and fails if they differ from the checked-in copies.
 */
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../run/write.js';
import { GENERATED_FILES } from './generated.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const [path, render] of Object.entries(GENERATED_FILES)) {
  writeFileAtomic(`${root}${path}`, render());
  console.log(`wrote ${path}`);
}
