/**
 * Does the plan's own claim about its phase agree with its facts? A plan that says `presale`
 * has nothing started, spent, delivered or reported; a plan that says `closed` has no work still
 * to come. A plan whose claim is contradicted gets no relief from the phase's preset: a gate
 * that could be passed by writing one word would be no gate.
 */
import type { PlanPath } from '../path.js';
import type { Plan } from '../schema.js';
import { isFinished, type ScheduleItem } from './items.js';

export type PhaseFact =
  | { kind: 'spent'; line: string; amount: number; path: PlanPath }
  | { kind: 'started'; item: string; date: string; path: PlanPath }
  | { kind: 'progressed'; item: string; progress: number; path: PlanPath }
  | { kind: 'received'; item: string; date: string; path: PlanPath }
  | { kind: 'done'; item: string; date: string; path: PlanPath }
  | { kind: 'reported'; date: string; path: PlanPath }
  | { kind: 'implemented'; change: string; path: PlanPath }
  | { kind: 'to-come'; item: string; date: string; path: PlanPath };

/** The facts that contradict the plan's stated phase, as of `asOf`; none for other phases. */
export function phaseContradictions(plan: Plan, items: Iterable<ScheduleItem>, asOf: string): PhaseFact[] {
  const phase = plan.project.phase;
  const facts: PhaseFact[] = [];
  if (phase === 'presale') {
    plan.budget?.lines?.forEach((l, i) => {
      if ((l.actual ?? 0) > 0)
        facts.push({ kind: 'spent', line: l.id, amount: l.actual!, path: ['budget', 'lines', i, 'actual'] });
    });
    for (const item of items) {
      if (item.kind === 'task') {
        const t = item.task!;
        const started = t.actual_start ?? t.actual_finish;
        if (started && started <= asOf) {
          facts.push({
            kind: 'started',
            item: item.name,
            date: started,
            path: [...item.path, t.actual_start ? 'actual_start' : 'actual_finish'],
          });
        } else if ((t.progress ?? 0) > 0) {
          facts.push({ kind: 'progressed', item: item.name, progress: t.progress!, path: [...item.path, 'progress'] });
        }
      } else if (item.kind === 'delivery' && item.actualFinish && item.actualFinish <= asOf) {
        facts.push({ kind: 'received', item: item.name, date: item.actualFinish, path: [...item.path, 'received_on'] });
      } else if (item.kind === 'milestone' && item.actualFinish && item.actualFinish <= asOf) {
        facts.push({ kind: 'done', item: item.name, date: item.actualFinish, path: [...item.path, 'done_on'] });
      }
    }
    plan.communication?.status_reports?.forEach((r, i) => {
      if (r.on <= asOf)
        facts.push({ kind: 'reported', date: r.on, path: ['communication', 'status_reports', i, 'on'] });
    });
    plan.changes?.forEach((c, i) => {
      if (c.status === 'implemented') facts.push({ kind: 'implemented', change: c.id, path: ['changes', i, 'status'] });
    });
  } else if (phase === 'closed') {
    for (const item of items) {
      const t = item.task;
      if (!t || isFinished(item)) continue;
      const until = item.finish ?? item.start;
      if (until && until >= asOf)
        facts.push({
          kind: 'to-come',
          item: item.name,
          date: until,
          path: [...item.path, t.finish ? 'finish' : 'start'],
        });
    }
  }
  return facts;
}
