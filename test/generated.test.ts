/** Generated files are checked in; regenerating them must change nothing (`npm run gen` fixes it). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../src/tools/generated.js';

describe('generated files are up to date', () => {
  for (const [path, render] of Object.entries(GENERATED_FILES)) {
    it(`${path} matches the zod schema (run \`npm run gen\` if not)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(render());
    });
  }

  it('docs/rules holds a page for each rule and nothing else (delete the page of a removed rule)', () => {
    const pages = readdirSync(new URL('../docs/rules', import.meta.url)).map((name) => `docs/rules/${name}`);
    expect(pages.sort()).toEqual(
      Object.keys(GENERATED_FILES)
        .filter((p) => p.startsWith('docs/rules/'))
        .sort(),
    );
  });
});
