import * as z from 'zod';
import { cite } from '../engine/sources.js';
import { defineRule } from '../engine/types.js';
import { describeHolidayGroups, fromDayNumber, type HolidayGroup, toDayNumber } from '../plan/calendar.js';
import type { DependencyEdge } from '../plan/graph.js';
import { isFinished, type PlanModel, type ScheduleItem } from '../plan/model/index.js';

const VERB = { FS: 'finishes', SS: 'starts', FF: 'finishes', SF: 'starts' } as const;
const VERB_PAST = { FS: 'finished', SS: 'started', FF: 'finished', SF: 'started' } as const;

export default defineRule({
  id: 'predecessor-order',
  category: 'schedule',
  severity: 'high',
  description: 'Every item starts or finishes no earlier than its dependencies allow, lags included.',
  fix: "Move the item to the date its dependency allows, or correct the dependency's type or lag.",
  messages: {
    tooEarly:
      '"{{item}}" {{bound}}s {{date}}{{dateNote}}, but its {{type}} dependency on "{{pred}}" (which {{verb}} {{predDate}}{{predNote}}{{lag}}) allows {{allowed}} at the earliest{{holidays}}.',
    happened:
      '"{{item}}" {{bound}}d on {{date}}, before its {{type}} dependency on "{{pred}}" ({{verb}} {{predDate}}) allowed: the work overlapped, and that has happened. If the plan is re-forecast, record the dependency as it really was (SS, or a lead).',
  },
  options: z.object({}).strict(),
  docs: {
    catches:
      "A successor whose dates break a dependency: with FS it must start after the predecessor finishes (the next working day after a task; the same day as a milestone or delivery), with SS start no earlier than it starts, with FF finish no earlier than it finishes, with SF finish no earlier than it starts; a lag adds working days (a negative lag is a lead). Actual dates win over planned ones. When both dates are actual the overlap has happened: with the successor still in progress it is a low note (record the dependency as it really ran), and with the successor complete it is history and not reported. A successor that really started while its predecessor is still unfinished stays high: that is work begun without what it needs. Dependencies on deliveries and hand-offs between vendors are `vendor-sequencing`'s, and dependencies inside a loop are `dependency-cycle`'s, so they are not reported twice. Calendars: lags and the earliest date are counted on the successor's working calendar, as MS Project does. A task with `calendar: 7-day` works every day, so a Saturday–Sunday cutover straight after pre-staging that ends on the Friday is in order; a task with no `calendar` whose own planned start or finish falls on a weekend or holiday is read the same way, as planned to work then. With `calendar: standard` (or a named calendar) it is held to that calendar, and the message says when a date is not a working day (\"starts 2026-10-17 (a Saturday)\") and names the holidays (`project.calendar.holidays`, `public_holidays`) that push the allowed date later.",
    why: 'Schedule logic that the dates contradict is a plan nobody can follow: the successor is scheduled to happen before the work it needs. The DCMA 14-point assessment checks logic first for this reason; in IT projects it is how a migration "starts before the network has sufficient bandwidth" (article 002).',
    sources: [cite('dcma-14', 'logic checks'), cite('tpm-guide', 'Cloud migration from on-premise servers')],
    howToFix: 'Move the successor to the date the message gives, or fix the dependency if its type or lag is wrong.',
    failing: `tasks:\n  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }\n  - { id: migrate, start: 2026-02-23, depends_on: [bandwidth] }`,
    fixed: `tasks:\n  - { id: bandwidth, start: 2026-02-16, finish: 2026-02-27 }\n  - { id: migrate, start: 2026-03-02, depends_on: [bandwidth] }`,
  },
  check(ctx) {
    const { model } = ctx;
    // Loops are dependency-cycle's: inside one, some dependency is always broken.
    const edges = model.graph.edges.filter((e) => !model.isVendorDependency(e) && !model.graph.isInLoop(e));
    if (edges.length === 0) return ctx.notApplicable('the plan has no dependencies between its own items');
    for (const edge of edges) {
      const needed = model.requirementOf(edge);
      const succ = model.items.get(edge.to)!;
      const date = needed?.bound === 'start' ? model.startOf(succ) : model.finishOf(succ);
      if (!needed || !date || date >= needed.date) continue;
      const pred = model.items.get(edge.from)!;
      const predDate = edge.type === 'FS' || edge.type === 'FF' ? model.finishOf(pred)! : model.startOf(pred)!;
      // Both dates actual: the overlap is history. Nothing to act on once the successor is done;
      // while it runs, the dependency as recorded no longer describes the work.
      const succActual = needed.bound === 'start' ? succ.actualStart : succ.actualFinish;
      const predActual = edge.type === 'FS' || edge.type === 'FF' ? pred.actualFinish : pred.actualStart;
      if (succActual && predActual && succActual <= ctx.asOf && predActual <= ctx.asOf) {
        if (isFinished(succ, ctx.asOf)) continue;
        ctx.report({
          messageId: 'happened',
          path: edge.path,
          lower: 2,
          data: {
            item: succ.name,
            bound: needed.bound === 'start' ? 'starte' : 'finishe',
            date,
            type: edge.type,
            pred: pred.name,
            verb: VERB_PAST[edge.type],
            predDate,
          },
        });
        continue;
      }
      const off = holidaysBehind(model, edge, pred, succ, predDate, needed.date);
      const offCount = off.flat().reduce((n, g) => n + g.count, 0);
      ctx.report({
        messageId: 'tooEarly',
        path: edge.path,
        data: {
          item: succ.name,
          bound: needed.bound === 'start' ? 'start' : 'finishe',
          date,
          dateNote: model.dayNote(succ.calendar, date),
          type: edge.type,
          pred: pred.name,
          verb: VERB[edge.type],
          predDate,
          predNote: model.dayNote(pred.calendar, predDate),
          lag: edge.lag === 0 ? '' : `, lag ${edge.lag} working days`,
          allowed: needed.date,
          holidays: offCount > 0 ? `; ${describeHolidayGroups(off)}` : '',
        },
      });
    }
  },
});

/**
 * The holidays that make the allowed date later than the days suggest: those inside a
 * predecessor whose finish comes from its duration (on its calendar), and those between its
 * date and the allowed one (on the successor's).
 */
function holidaysBehind(
  model: PlanModel,
  edge: DependencyEdge,
  pred: ScheduleItem,
  succ: ScheduleItem,
  predDate: string,
  allowed: string,
): HolidayGroup[][] {
  const fromDuration =
    (edge.type === 'FS' || edge.type === 'FF') && !pred.actualFinish && pred.task?.finish == null && pred.start;
  // Summaries, not lists: a message names a few, and listing every holiday per dependency was
  // quadratic in a plan with thousands of both (issue 14, class 7). The spans do not overlap.
  const inside = fromDuration ? pred.calendar.holidaySummary(model.startOf(pred)!, predDate) : [];
  const between = succ.calendar.holidaySummary(fromDayNumber(toDayNumber(predDate) + 1), allowed);
  return [inside, between];
}
