/**
 * The report's findings as points of a review. Both audiences place a finding in the same part
 * of the document under the same label; the customer reads it in plain words (customer.ts), the
 * team as pmcheck's message and fix with the severity, rule id and line.
 */
import type { Category, Finding } from '../../engine/types.js';
import type { PlanModel } from '../../plan/model/index.js';
import { RULE_REGISTRY, type RuleId } from '../../rules/index.js';
import type { Audience } from '../words.js';
import { customerSays, customerSaysAll, mergeable } from './customer.js';
import type { Area, Point } from './types.js';

export type { Area, Point } from './types.js';

const AREA: Record<Category, Area> = {
  governance: 'pm',
  scope: 'scope',
  change: 'changes',
  vendors: 'suppliers',
  schedule: 'schedule',
  budget: 'budget',
  risk: 'risks',
  communication: 'communication',
};

export function pointOf(f: Finding, model: PlanModel, audience: Audience, money: (n: number) => string): Point {
  const rule = RULE_REGISTRY[f.ruleId as RuleId];
  const c = customerSays(f, { model, money });
  const base = {
    finding: f,
    area: c.area ?? AREA[f.category],
    topic: c.topic,
    owner: c.owner,
    decision: c.decision,
    sources: rule.docs.sources,
  };
  if (audience === 'customer') return { ...base, gist: c.gist, says: c.says, action: c.action, decide: c.decide };
  return {
    ...base,
    gist: `${c.gist} (${f.ruleId})`,
    says: f.message,
    action: f.fix,
    ref: `${f.severity}, ${f.ruleId}, line ${f.span.line}`,
  };
}

/**
 * Findings the customer would read twice: the team's view keeps both, but where the rule on the
 * right has a finding about the same thing, it says all the one on the left does ("due Mon 9
 * Feb and has not arrived" is in "due Mon 9 Feb, has not arrived, and the cabling needs it").
 */
const SAID_BY: Partial<Record<RuleId, RuleId>> = {
  'delivery-overdue': 'delivery-blocks-work',
};

/**
 * The points of a review, in the findings' order. For the customer, several findings of one
 * message that read better as a list are one point, where the first of them stood.
 */
export function pointsOf(
  findings: readonly Finding[],
  model: PlanModel,
  audience: Audience,
  money: (n: number) => string,
): Point[] {
  if (audience !== 'customer') return findings.map((f) => pointOf(f, model, audience, money));
  const at = (f: Finding) => `${f.ruleId} ${JSON.stringify(f.path)}`;
  const present = new Set(findings.map(at));
  const said = (f: Finding) => {
    const by = SAID_BY[f.ruleId as RuleId];
    return by !== undefined && present.has(at({ ...f, ruleId: by }));
  };
  findings = findings.filter((f) => !said(f));
  const groups = new Map<string, Finding[]>();
  for (const f of findings)
    if (mergeable(f)) {
      const key = `${f.ruleId}/${f.messageId}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
  const out: Point[] = [];
  for (const f of findings) {
    const group = groups.get(`${f.ruleId}/${f.messageId}`);
    if (!group || group.length === 1) {
      out.push(pointOf(f, model, audience, money));
      continue;
    }
    if (group[0] !== f) continue;
    const c = customerSaysAll(group, { model, money });
    out.push({
      finding: f,
      area: c.area ?? AREA[f.category],
      topic: c.topic,
      owner: c.owner,
      decision: c.decision,
      sources: RULE_REGISTRY[f.ruleId as RuleId].docs.sources,
      gist: c.gist,
      says: c.says,
      action: c.action,
      decide: c.decide,
    });
  }
  return out;
}
