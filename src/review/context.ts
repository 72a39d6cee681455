/**
 * What every section of a review needs: the report and its model, who the document is for and
 * what kind it is, the findings as points, the critical path, and the review's way of saying
 * dates, money and people. Sources are numbered in the order the document cites them.
 */
import type { PlanReport } from '../core/audit.js';
import type { SourceKey } from '../engine/sources.js';
import type { PlanModel } from '../plan/model/index.js';
import type { Plan } from '../plan/schema.js';
import { type CriticalPath, criticalPath } from './critical.js';
import type { DocKind } from './options.js';
import { type Area, type Point, pointsOf } from './points/index.js';
import { type Audience, amount, longDate } from './words.js';

export type { DocKind } from './options.js';

export class ReviewContext {
  readonly model: PlanModel;
  readonly plan: Plan;
  readonly customer: boolean;
  readonly points: Point[];
  readonly critical: CriticalPath;
  /** Formal project management is not warranted: a small job, told so in proportion. */
  readonly small: boolean;
  private readonly cited: SourceKey[] = [];

  constructor(
    readonly report: PlanReport & { model: PlanModel },
    readonly kind: DocKind,
    readonly audience: Audience,
  ) {
    this.model = report.model;
    this.plan = report.model.plan;
    this.customer = audience === 'customer';
    this.small = report.pm.status === 'not-warranted';
    this.critical = criticalPath(this.model);
    this.points = pointsOf(report.findings, this.model, audience, (n) => this.money(n));
  }

  /** A date as this audience reads it. */
  date(iso: string | null | undefined, missing = 'not stated'): string {
    if (!iso) return missing;
    return this.customer ? longDate(iso) : iso;
  }

  /** Two dates as a range, or one when they are the same day. */
  span(from: string, to: string): string {
    return from === to ? this.date(from) : `${this.date(from)} to ${this.date(to)}`;
  }

  money(n: number): string {
    return amount(n, this.plan.project.currency, this.audience);
  }

  /** "Alice Hart, Acme Ltd (managing director)", or the id when the plan has no such person. */
  person(id: string | null | undefined, missing = 'not named'): string {
    if (!id) return missing;
    const p = this.model.people.get(id);
    if (!p) return id;
    return `${p.name ?? p.id}${p.organisation ? `, ${p.organisation}` : ''}`;
  }

  /** The client's name, or a stand-in for it. */
  get client(): string {
    return this.plan.project.client || 'the customer';
  }

  pointsIn(...areas: Area[]): Point[] {
    return this.points.filter((p) => areas.includes(p.area));
  }

  /** " [2]": the number of a point's source in the Sources section, which lists what was cited. */
  cite(point: Point): string {
    const key = point.sources[0]?.source;
    return key ? this.citeSource(key) : '';
  }

  citeSource(key: SourceKey): string {
    if (!this.cited.includes(key)) this.cited.push(key);
    return ` [${this.cited.indexOf(key) + 1}]`;
  }

  /** The sources cited so far, in citation order. */
  get sources(): readonly SourceKey[] {
    return this.cited;
  }
}
