/**
 * Project management: does the work need it, who does it, with how much time and money. In
 * proportion: a small job is told it does not need formal project management and who owns it,
 * and nothing more; a larger one is told why it does, with the points that need attention.
 */
import type { PmMeasure } from '../../plan/model/index.js';
import { percent } from '../../text.js';
import type { ReviewContext } from '../context.js';
import { type Block, para, type Section, strong } from '../doc.js';
import { pointBlocks } from './common.js';

/** Each threshold the plan crosses, as a customer would say it. */
function crossed(ctx: ReviewContext): string[] {
  const said: Record<PmMeasure, (n: number) => string> = {
    durationDays: (n) => `runs ${n} working days`,
    vendors: (n) => `involves ${n} suppliers`,
    budget: (n) => `has a budget of ${ctx.money(n)}`,
    users: (n) => `affects ${n} users`,
  };
  return ctx.report.pm.exceeded.map(({ measure, value }) => said[measure](value));
}

function joined(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}

export function pmSection(ctx: ReviewContext): Section {
  const pm = ctx.report.pm;
  const manager = ctx.model.manager;
  const blocks: Block[] = [];
  const budget = ctx.model.pmBudget;
  if (pm.status === 'warranted') {
    const why = `It ${joined(crossed(ctx))}. Work that runs more than two weeks, involves more than one supplier, costs more than a few thousand pounds or affects more than a handful of users benefits from a project manager who owns the whole outcome`;
    blocks.push(
      para([strong('This project needs formal project management.'), ` ${why}${ctx.citeSource('tpm-guide')}.`]),
    );
  } else if (pm.status === 'not-warranted') {
    blocks.push(
      para(
        `This is a small job: under two weeks, with at most one supplier, a modest budget and few users. It does not need formal project management${manager ? `; ${ctx.person(manager.id)} is the named owner` : ', but it still needs one named owner'}.`,
      ),
    );
  } else {
    const missing = pm.missing.map((m) => (m === 'dates' ? 'its dates' : 'how many users it affects'));
    blocks.push(
      para(
        `The plan does not yet say ${joined(missing)}, so whether it needs formal project management cannot be judged yet.`,
        'note',
      ),
    );
  }
  if (manager && pm.status !== 'not-warranted') {
    const time = manager.allocation != null ? `${percent(manager.allocation)} of a week` : 'time not yet agreed';
    blocks.push(para(`${ctx.person(manager.id)} manages the project (${time}).`));
  }
  if (budget && budget.lines.length > 0 && pm.status !== 'not-warranted') {
    const share = budget.total > 0 ? `, ${percent(budget.amount / budget.total, 1)} of the budget` : '';
    blocks.push(para(`Project management is priced at ${ctx.money(budget.amount)}${share}.`));
  }
  blocks.push(...pointBlocks(ctx, ctx.pointsIn('pm')));
  return { title: 'Project management', blocks };
}
