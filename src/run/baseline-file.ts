/** Baseline files on disk. Entries name plans from the repository's root (src/run/repo.ts). */
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * The baseline --write-baseline is about to replace, if there is one. A file there that is not
 * a baseline is refused rather than overwritten: it may be something the user wants.
 */
export function existingBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return loadBaseline(file);
  } catch (err) {
    if (err instanceof InputError)
      throw new InputError(
        `${err.message}; --write-baseline replaces only a pmcheck baseline, so choose another file or remove it`,
        {
          file,
        },
      );
    throw err;
  }
}
