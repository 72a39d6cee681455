/**
 * Checks across the whole catalogue, as ESLint's and stylelint's: every rule is registered,
 * named after its file, documented in full, tested, and its docs' examples really fail and pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../src/engine/sources.js';
import { CATEGORIES, SEVERITIES } from '../src/engine/types.js';
import { isPlanSection } from '../src/plan/loaded.js';
import { RULE_REGISTRY, RULES } from '../src/rules/index.js';
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

/**
 * The ids and default severities of the design catalogue (shared/design/rules.md), copied here so
 * the test runs in any checkout. Ids are fixed forever: users write them in configs, suppressions
 * and baselines. A severity may change only with an argument in the rule's docs.
 */
const DESIGN_CATALOGUE: Record<string, string> = {
  'pm-assigned': 'critical',
  'pm-not-engineer': 'high',
  'pm-allocation': 'medium',
  'pm-budgeted': 'high',
  'sponsor-assigned': 'high',
  'owner-assigned': 'medium',
  'scope-signed-off': 'high',
  'work-before-signoff': 'critical',
  'success-criteria': 'medium',
  'scope-boundaries': 'low',
  'kickoff-held': 'low',
  'change-approved': 'critical',
  'change-impact-assessed': 'medium',
  'change-approver': 'medium',
  'change-communicated': 'low',
  'change-budget-reconciled': 'medium',
  'change-decision-stale': 'low',
  'undocumented-change': 'high',
  'vendor-sequencing': 'critical',
  'delivery-site-mismatch': 'high',
  'vendor-contract': 'medium',
  'vendor-double-booked': 'medium',
  'delivery-overdue': 'high',
  'vendor-contact': 'low',
  'dependency-cycle': 'critical',
  'predecessor-order': 'high',
  'missing-logic': 'medium',
  'long-task': 'low',
  'deadline-at-risk': 'critical',
  'milestone-gate': 'medium',
  'milestone-slipped': 'high',
  'overdue-task': 'medium',
  'blackout-clash': 'high',
  'rollback-plan': 'high',
  'user-comms': 'medium',
  'pilot-first': 'medium',
  'budget-overrun': 'high',
  'budget-lines-exceed-total': 'medium',
  'unapproved-spend': 'high',
  contingency: 'medium',
  'cost-performance': 'high',
  'schedule-performance': 'medium',
  'risk-register': 'high',
  'risk-owner': 'medium',
  'risk-mitigation': 'high',
  'risk-review-stale': 'low',
  'comms-plan': 'medium',
  'status-stale': 'medium',
  'watermelon-status': 'high',
  'escalation-path': 'low',
};

describe('the rule catalogue', () => {
  it('registers every rule file, in sorted order, once', () => {
    expect(RULES.map((r) => r.id)).toEqual(ruleFiles);
  });

  it('keeps every id and default severity of the design catalogue (rules.md)', () => {
    const ours = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    expect(Object.keys(DESIGN_CATALOGUE).length).toBe(50);
    expect(Object.fromEntries(Object.keys(DESIGN_CATALOGUE).map((id) => [id, ours[id]]))).toEqual(DESIGN_CATALOGUE);
  });

  it('registers every rule under its own id', () => {
    for (const [id, rule] of Object.entries(RULE_REGISTRY)) expect(rule.id).toBe(id);
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('has a valid category and severity, and a one-line description and fix', () => {
      expect(CATEGORIES).toContain(rule.category);
      expect(SEVERITIES).toContain(rule.severity);
      for (const text of [rule.description, rule.fix]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toContain('\n');
      }
    });

    it('has docs with every section filled in, citing its sources by a key that resolves', () => {
      for (const [section, text] of Object.entries(rule.docs)) {
        if (section === 'sources') continue;
        expect(String(text).trim().length, `docs.${section}`).toBeGreaterThan(10);
      }
      expect(rule.docs.sources.length).toBeGreaterThan(0);
      for (const c of rule.docs.sources) expect(Object.keys(SOURCES)).toContain(c.source);
    });

    it('has messages, each reached by a test that asserts its message id', () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) expect(String(m).length).toBeGreaterThan(10);
      const tests = readFileSync(new URL(`test/rules/${id}.test.ts`, root), 'utf8');
      const unreached = Object.keys(rule.messages).filter((m) => !new RegExp(`messageId: '${m}'`).test(tests));
      expect(unreached, `message ids no test in test/rules/${id}.test.ts expects`).toEqual([]);
    });

    it('says how the phase, the method and the size of the job change it', async () => {
      const { explainRule } = await import('../src/report/rules.js');
      const text = explainRule(id, { width: 100, color: 0 });
      expect(text).toContain('Phase, method and size');
      for (const preset of ['presale', 'closed', 'small-job'])
        expect(text).toMatch(new RegExp(`\\n  ${preset} \\(when `));
    });

    it('names only real plan sections in `needs`', () => {
      for (const section of rule.needs ?? []) expect(isPlanSection(section), section).toBe(true);
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
