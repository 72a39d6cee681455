/**
 * The catalogue is typed: rule ids and message data are checked by the compiler. Each
 * `@ts-expect-error` below is a mistake that must not compile; `npm test` type-checks the tests,
 * so if one of them ever compiled, the now unused directive would fail the build.
 */

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { PRESET_SEVERITIES } from '../../src/config/presets.js';
import { renderMessage } from '../../src/engine/message.js';
import { defineRule } from '../../src/engine/types.js';
import { isRuleId, type RuleId } from '../../src/rules/index.js';
import { runOn } from '../helpers/rule-tester.js';

const broken = defineRule({
  id: 'broken',
  category: 'schedule',
  severity: 'low',
  description: 'A rule whose message needs data it is not given.',
  fix: 'Nothing to fix in the plan.',
  docs: { catches: 'x', why: 'x', sources: [], howToFix: 'x', failing: 'x', fixed: 'x' },
  messages: { late: 'Task {{task}} is {{days:plural:day}} late.' },
  options: z.object({}),
  check(ctx) {
    // @ts-expect-error the data lacks `days`, which the message needs
    ctx.report({ messageId: 'late', path: ['tasks'], data: { task: 'a' } });
  },
});

describe('a typed catalogue', () => {
  it('refuses a misspelt rule id at compile time', () => {
    // @ts-expect-error "pm-asigned" is not a rule id
    const misspelt: RuleId = 'pm-asigned';
    const preset: (typeof PRESET_SEVERITIES)['presale'] = {
      // @ts-expect-error a preset can only name real rules
      'risk-registr': 'off',
    };
    expect(isRuleId(misspelt)).toBe(false);
    expect(Object.keys(preset)).toEqual(['risk-registr']);
  });

  it('never prints a placeholder it has no data for: the rule counts as crashed', () => {
    const outcome = runOn(broken, 'pmcheck: 1\nproject: { name: A }\n');
    expect(outcome.error).toBe('message placeholder {{days}} has no data');
    expect(outcome.findings).toEqual([]);
  });

  it('formats numbers only in the message; the data keeps them as numbers', () => {
    const data = { cost: 62445, share: 0.125, days: 1, facts: ['a', 'b', 'c'] };
    expect(
      renderMessage('{{cost:money}} {{share:percent}} {{share:percent1}} {{days:plural:day}} {{facts:list}}', data),
    ).toBe('62,445 13% 12.5% 1 day a, b and c');
    expect(renderMessage('{{n:plural:entry/entries}}; {{facts:semilist}}', { n: 2, facts: ['x, y', 'z'] })).toBe(
      '2 entries; x, y; and z',
    );
    expect(() => renderMessage('{{cost:money}}', { cost: '62,445' })).toThrow(/needs a number/);
    expect(() => renderMessage('{{cost:euros}}', { cost: 1 })).toThrow(/unknown message format/);
  });
});
