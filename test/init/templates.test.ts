/**
 * Starter plans keep every date on a working day of England and Wales, whatever the start: the
 * templates once scheduled testing on Christmas Day.
 */
import { describe, expect, it } from 'vitest';
import { renderTemplate, startMonday, TEMPLATES } from '../../src/init/templates.js';
import { PlanModel } from '../../src/plan/model/index.js';
import { readYamlPlan } from '../../src/readers/yaml/index.js';
import { holidaySource, holidaysFor } from '../../src/run/holidays.js';

// Early December (Christmas and New Year inside the plan), Easter and the May, August and
// Scottish-free English bank holidays, and a start on a bank-holiday Monday.
const STARTS = ['2026-12-02', '2026-11-23', '2026-12-14', '2025-12-08', '2027-03-15', '2026-04-06', '2026-08-24'];

describe('starter plans avoid the holidays they know about', () => {
  for (const name of Object.keys(TEMPLATES)) {
    it(`${name}: no task, milestone or delivery on a weekend or bank holiday, from any start`, () => {
      for (const from of STARTS) {
        const start = startMonday(from, holidaySource);
        const loaded = readYamlPlan(renderTemplate(name, start, holidaySource), `${name}.plan.yaml`);
        expect(loaded.plan.project.calendar?.public_holidays).toBe('england-and-wales');
        const model = new PlanModel(loaded.plan, { asOf: start, holidays: holidaysFor(loaded) });
        const off: string[] = [];
        for (const item of model.items.values()) {
          // Each on the project calendar: a task on a holiday would be read as 7-day, which hides it.
          expect(item.calendarId, `${from}: ${item.id}`).toBe('standard');
          for (const date of [item.start, item.finish]) {
            const why = date && model.calendarFor(item).describeDay(date);
            if (why) off.push(`${item.id} ${date} is ${why}`);
          }
        }
        for (const date of [loaded.plan.project.start!, loaded.plan.project.deadline!]) {
          const why = model.calendar.describeDay(date);
          if (why) off.push(`project ${date} is ${why}`);
        }
        expect(off, `starting ${from}`).toEqual([]);
      }
    });
  }

  it('a week that opens on a bank holiday starts on its Tuesday', () => {
    expect(startMonday('2026-04-03', holidaySource)).toBe('2026-04-07'); // Easter Monday 6 April
    expect(startMonday('2026-12-02', holidaySource)).toBe('2026-12-07');
  });

  it('the plan planned over Christmas skips the bank holidays', () => {
    const text = renderTemplate('office-move', '2026-12-07', holidaySource);
    expect(text).not.toMatch(/2026-12-2[5-8]/);
  });
});
