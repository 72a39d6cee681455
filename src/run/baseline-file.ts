/** Baseline files on disk. Entries name plans from the repository's root (src/run/repo.ts). */
import { readFileSync } from 'node:fs';
import { type Baseline, parseBaseline } from '../core/baseline.js';
import { InputError } from '../errors.js';

export function loadBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? 'no such baseline file (write one with --write-baseline)'
        : `cannot read the baseline (${code})`,
      { file },
    );
  }
  return parseBaseline(text, file);
}
