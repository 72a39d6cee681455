/**
 * The shipped examples, pinned: each triggers exactly the findings it was written to show,
 * at the lines a reader can check, and passes or fails the default gate accordingly.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { auditFile, judge } from '../src/audit.js';

const examples = ['office-move', 'cloud-migration', 'cyber-essentials', 'network-refresh'] as const;
const fileOf = (name: string) => `examples/${name}.plan.yaml`;
const audit = (name: string) => auditFile(fileOf(name), { today: '2026-11-22' });

const expected: Record<(typeof examples)[number], { passes: boolean; findings: string[] }> = {
  'cyber-essentials': { passes: true, findings: [] },
  'office-move': {
    passes: false,
    findings: ['vendor-sequencing 208:27', 'change-approved 434:13'],
  },
  'cloud-migration': {
    passes: false,
    findings: ['pm-assigned 16:12', 'work-before-signoff 112:19', 'work-before-signoff 122:19', 'work-before-signoff 133:19'],
  },
  'network-refresh': {
    passes: false,
    findings: ['pm-assigned 10:1', 'dependency-cycle 133:29'],
  },
};

describe('examples', () => {
  for (const name of examples) {
    describe(name, () => {
      it('triggers exactly the findings it was written to show, at their lines', () => {
        const report = audit(name);
        expect(report.findings.map((f) => `${f.ruleId} ${f.span.line}:${f.span.column}`)).toEqual(expected[name].findings);
        expect(report.diagnostics).toEqual([]);
      });

      it(expected[name].passes ? 'passes the default gate' : 'fails the default gate', () => {
        expect(judge([audit(name)], { failOn: 'high' }).passed).toBe(expected[name].passes);
      });

      it('starts with the $schema line and satisfies the generated JSON Schema', () => {
        const text = readFileSync(fileOf(name), 'utf8');
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
        const schema = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8'));
        const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
        const ok = validate(parse(text));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      });

      it('is a realistic plan: 15 to 40 tasks, vendors with deliveries, budget, changes and risks or their absence on purpose', () => {
        const plan = parse(readFileSync(fileOf(name), 'utf8'));
        expect(plan.tasks.length).toBeGreaterThanOrEqual(15);
        expect(plan.tasks.length).toBeLessThanOrEqual(40);
        expect(plan.vendors.some((v: { deliveries?: unknown[] }) => (v.deliveries ?? []).length > 0)).toBe(true);
        expect(plan.budget.lines.length).toBeGreaterThan(2);
        expect(plan.changes.length).toBeGreaterThan(0);
      });
    });
  }

  it('the healthy example scores green at 100', () => {
    const r = audit('cyber-essentials');
    expect([r.score.score, r.score.rating]).toEqual([100, 'green']);
  });

  it('every failing example is capped at amber-red by its critical findings', () => {
    for (const name of ['office-move', 'cloud-migration', 'network-refresh']) {
      const r = audit(name);
      expect(r.score.rating).toBe('amber-red');
      expect(r.score.capped).toBe(true);
    }
  });
});
