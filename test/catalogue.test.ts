/**
 * Checks across the whole catalogue, as ESLint's and stylelint's: every rule is registered,
 * named after its file, documented in full, tested, and its docs' examples really fail and pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../src/engine/types.js';
import { RULES } from '../src/rules/index.js';
import { runOn } from './helpers/rule-tester.js';

const root = new URL('../', import.meta.url);
const ruleFiles = readdirSync(new URL('src/rules/', root))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** A docs snippet is a fragment of a plan; give it the two lines every plan needs. */
function asPlan(snippet: string): string {
  const head = [
    snippet.includes('pmcheck:') ? '' : 'pmcheck: 1',
    /^project:/m.test(snippet) ? '' : 'project: { name: Docs example }',
  ];
  return `${head.filter(Boolean).join('\n')}\n${snippet}\n`;
}

describe('the rule catalogue', () => {
  it('registers every rule file, in sorted order, once', () => {
    expect(RULES.map((r) => r.id)).toEqual(ruleFiles);
  });

  // rules.md sits in the design notes beside the repo (CI has it); its ids are fixed forever.
  const catalogue = new URL('../shared/design/rules.md', root);
  it.runIf(existsSync(catalogue))(
    'has exactly the ids and default severities of the design catalogue (rules.md)',
    () => {
      const rows = [
        ...readFileSync(catalogue, 'utf8').matchAll(/^\| ([a-z][a-z-]+) \| (critical|high|medium|low) \|/gm),
      ];
      const designed = Object.fromEntries(rows.map((m) => [m[1]!, m[2]!]));
      expect(Object.keys(designed).length).toBe(50);
      expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual(designed);
    },
  );

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('has a valid category and severity, and a one-line description and fix', () => {
      expect(CATEGORIES).toContain(rule.category);
      expect(SEVERITIES).toContain(rule.severity);
      for (const text of [rule.description, rule.fix]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toContain('\n');
      }
    });

    it('has docs with every section filled in, citing its source', () => {
      for (const [section, text] of Object.entries(rule.docs))
        expect(text.trim().length, `docs.${section}`).toBeGreaterThan(10);
      expect(rule.docs.source).toMatch(/\b(00[0-4]|DCMA|EVM|TaskJuggler)\b/);
    });

    it('has messages, each used with data it defines', () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) expect(m.length).toBeGreaterThan(10);
    });

    it('has a test file', () => {
      expect(existsSync(new URL(`test/rules/${id}.test.ts`, root))).toBe(true);
    });

    it('accepts its default options and rejects an unknown option', () => {
      expect(() => rule.options.parse({})).not.toThrow();
      expect(rule.options.safeParse({ noSuchOption: 1 }).success).toBe(false);
    });

    it("docs' failing example fails the rule and the fixed example passes it", () => {
      const base = rule.docs.base === undefined ? undefined : asPlan(rule.docs.base);
      const failing = runOn(rule, asPlan(rule.docs.failing), undefined, undefined, base);
      expect(failing.findings.length, 'failing example should produce a finding').toBeGreaterThan(0);
      const fixed = runOn(rule, asPlan(rule.docs.fixed), undefined, undefined, base);
      expect(fixed.applicable).toBe(true);
      expect(fixed.findings.map((f) => f.message)).toEqual([]);
    });
  });
});
