/** Generated files are checked in; regenerating them must change nothing (`npm run gen` fixes it). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../src/tools/generated.js';

describe('generated files are up to date', () => {
  for (const [path, render] of Object.entries(GENERATED_FILES)) {
    it(`${path} matches the zod schema (run \`npm run gen\` if not)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(render());
    });
  }
});
