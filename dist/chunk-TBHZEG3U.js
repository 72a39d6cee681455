import { createRequire as __pmcheckCreateRequire } from 'node:module'; const require = __pmcheckCreateRequire(import.meta.url);
import {
  WorkingCalendar,
  fromDayNumber,
  toDayNumber
} from "./chunk-JR7DYPOY.js";
import {
  PUBLIC_HOLIDAY_NAMES,
  WEEKDAYS
} from "./chunk-5AEJUB6B.js";

// src/plan/model/calendars.ts
function regionCode(value) {
  return PUBLIC_HOLIDAY_NAMES[value] ?? value.toUpperCase();
}
function holidayNoun(code) {
  return /^(GB|IE)(-|$)/.test(code) ? "bank holiday" : "public holiday";
}
function publicHolidayRegions(plan) {
  const out = [];
  const own = plan.project.calendar?.public_holidays;
  if (own) out.push({ region: own, path: ["project", "calendar", "public_holidays"] });
  plan.calendars?.forEach((c, i) => {
    if (c.public_holidays) out.push({ region: c.public_holidays, path: ["calendars", i, "public_holidays"] });
  });
  return out;
}
function holidayYears(plan, asOf) {
  let first = asOf;
  let last = asOf;
  const see = (d) => {
    if (!d) return;
    if (d < first) first = d;
    if (d > last) last = d;
  };
  const p = plan.project;
  see(p.start);
  see(p.deadline);
  see(p.status_date);
  let undated = 0;
  for (const t of plan.tasks ?? []) {
    see(t.start);
    see(t.finish);
    see(t.actual_start);
    see(t.actual_finish);
    if (!t.finish && t.duration) undated += t.duration;
  }
  for (const m of plan.milestones ?? []) {
    see(m.due);
    see(m.forecast);
    see(m.done_on);
  }
  for (const v of plan.vendors ?? []) for (const d of v.deliveries ?? []) see(d.due);
  const year = (d) => Number(d.slice(0, 4));
  return [year(first) - 1, year(last) + 2 + Math.ceil(undated / 250)];
}
function buildCalendars(plan, asOf, holidays) {
  let years;
  const publicHolidays = /* @__PURE__ */ new Map();
  const publicOf = (value) => {
    const code = regionCode(value);
    let list = publicHolidays.get(code);
    if (!list) {
      if (!holidays) throw new Error(`the plan names public holidays (${value}) but no holiday source was given`);
      const noun = holidayNoun(code);
      years ??= holidayYears(plan, asOf);
      list = holidays(code, years[0], years[1]).map((h) => ({ date: h.date, name: h.name, noun }));
      publicHolidays.set(code, list);
    }
    return list;
  };
  const specOf = (c, base) => ({
    workingDays: c?.working_days ?? base?.workingDays,
    holidays: [
      ...base?.holidays ?? [],
      ...c?.holidays ?? [],
      ...c?.public_holidays ? publicOf(c.public_holidays) : []
    ],
    working: [...base?.working ?? [], ...c?.working ?? []]
  });
  const projectSpec = specOf(plan.project.calendar);
  const project = new WorkingCalendar(projectSpec);
  const sevenDay = new WorkingCalendar({ workingDays: WEEKDAYS });
  const byId = /* @__PURE__ */ new Map([
    ["standard", project],
    ["7-day", sevenDay]
  ]);
  for (const c of plan.calendars ?? []) {
    byId.set(c.id, new WorkingCalendar(specOf(c, c.base === "standard" ? projectSpec : void 0)));
  }
  return { project, sevenDay, byId };
}

// src/plan/schedule.ts
var isPoint = (item) => item.kind !== "task";
function requirement(edge, pred, predStart, predFinish, cal, succ) {
  switch (edge.type) {
    case "FS": {
      if (!predFinish) return void 0;
      return { bound: "start", date: cal.addWorkingDays(predFinish, fsGap(pred, succ) + edge.lag) };
    }
    case "SS":
      return predStart ? { bound: "start", date: cal.addWorkingDays(predStart, edge.lag) } : void 0;
    case "FF":
      return predFinish ? { bound: "finish", date: cal.addWorkingDays(predFinish, edge.lag) } : void 0;
    case "SF":
      return predStart ? { bound: "finish", date: cal.addWorkingDays(predStart, edge.lag) } : void 0;
  }
}
function fsGap(pred, succ) {
  return isPoint(pred) || succ !== void 0 && isPoint(succ) ? 0 : 1;
}
function edgeDays(edge, pred, succ) {
  return (edge.type === "FS" ? fsGap(pred, succ) : 0) + edge.lag;
}
function durationOf(item) {
  if (isPoint(item)) return 0;
  if (item.start && item.finish) return Math.max(1, item.calendar.workingDaysBetween(item.start, item.finish));
  return item.task?.duration ?? void 0;
}
function forwardPass(items, graph, asOf, deadline) {
  const dates = /* @__PURE__ */ new Map();
  const todayOn = /* @__PURE__ */ new Map();
  const today = (cal) => {
    let d = todayOn.get(cal);
    if (d === void 0) {
      d = cal.addWorkingDays(asOf, 0);
      todayOn.set(cal, d);
    }
    return d;
  };
  const order = graph.topologicalOrder();
  for (const id of order) {
    const item = items.get(id);
    const placed = place(item, graph.predecessors(id), dates, items, today(item.calendar));
    if (placed) dates.set(id, placed);
  }
  let finish;
  for (const [id, d] of dates) if (!finish || d.finish >= finish.date) finish = { id, date: d.finish };
  const criticalChain = [];
  for (let cur = finish?.id; cur !== void 0; cur = dates.get(cur)?.drivenBy?.from) criticalChain.unshift(cur);
  const loops = graph.cycles().length > 0;
  if (finish) backwardPass(items, graph, order, dates, deadline && deadline < finish.date ? deadline : finish.date);
  const criticalPath = finish && !loops ? pathOfLeastFloat(items, graph, dates, finish.id) : [];
  return { dates, finish, criticalChain, criticalPath, loops };
}
function place(item, preds, dates, items, today) {
  const done = item.actualFinish;
  if (done) return { start: item.actualStart ?? item.start ?? done, finish: done };
  const cal = item.calendar;
  const days = durationOf(item);
  let start = item.actualStart ?? item.start;
  let drivenBy;
  let finishAtLeast;
  let finishDriver;
  if (!item.actualStart) {
    for (const e of preds) {
      const p = dates.get(e.from);
      if (!p) continue;
      const req = requirement(e, items.get(e.from), p.start, p.finish, cal, item);
      if (!req) continue;
      if (req.bound === "start" && (!start || req.date > start)) {
        start = req.date;
        drivenBy = e;
      } else if (req.bound === "start" && req.date === start && !drivenBy) {
        drivenBy = e;
      } else if (req.bound === "finish" && (!finishAtLeast || req.date > finishAtLeast)) {
        finishAtLeast = req.date;
        finishDriver = e;
      }
    }
  }
  if (!start) return void 0;
  if (!item.actualStart && start < today) start = today;
  if (days === void 0) return void 0;
  let finish;
  if (isPoint(item)) finish = start;
  else if (item.actualStart) {
    const left = Math.max(1, Math.ceil(days * (1 - (item.task?.progress ?? 0))));
    const fromToday = cal.finishOf(today > start ? today : start, left);
    finish = item.finish && item.finish > fromToday ? item.finish : fromToday;
  } else finish = cal.finishOf(start, days);
  if (finishAtLeast && finishAtLeast > finish) {
    finish = finishAtLeast;
    drivenBy = finishDriver;
    if (isPoint(item)) start = finish;
  }
  return { start, finish, drivenBy };
}
function backwardPass(items, graph, order, dates, end) {
  const position = /* @__PURE__ */ new Map();
  order.forEach((id, k) => {
    position.set(id, k);
  });
  const lateStart = new Float64Array(order.length).fill(Number.NaN);
  const lateFinish = new Float64Array(order.length).fill(Number.NaN);
  const unknowable = new Uint8Array(order.length);
  const endDay = toDayNumber(end);
  for (let k = order.length - 1; k >= 0; k--) {
    const id = order[k];
    const d = dates.get(id);
    if (!d) continue;
    const item = items.get(id);
    const cal = item.calendar;
    const start = toDayNumber(d.start);
    const finish = toDayNumber(d.finish);
    const span = isPoint(item) ? 0 : Math.max(1, cal.betweenDays(start, finish));
    let lf = cal.onOrBeforeDay(endDay);
    let blocked = false;
    for (const e of graph.successors(id)) {
      const s = position.get(e.to);
      if (s === void 0 || unknowable[s]) {
        blocked = true;
        break;
      }
      if (Number.isNaN(lateFinish[s])) continue;
      const succ = items.get(e.to);
      const bound = e.type === "FS" || e.type === "SS" ? lateStart[s] : lateFinish[s];
      const latest = cal.onOrBeforeDay(succ.calendar.latestReachingDay(bound, edgeDays(e, item, succ)));
      const f = e.type === "FS" || e.type === "FF" || span === 0 ? latest : cal.addDays(latest, span - 1);
      if (f < lf) lf = f;
    }
    if (blocked) {
      unknowable[k] = 1;
      continue;
    }
    const limit = lateLimit(item, span);
    if (limit !== void 0 && limit < lf) lf = limit;
    const ls = span === 0 ? lf : cal.addDays(lf, -(span - 1));
    lateStart[k] = ls;
    lateFinish[k] = lf;
    d.lateStart = fromDayNumber(ls);
    d.lateFinish = fromDayNumber(lf);
    d.totalFloat = cal.afterDays(finish, lf);
  }
}
var FINISH_LIMITS = /* @__PURE__ */ new Set(["finish-no-later-than", "must-finish-on", "finish-on"]);
var START_LIMITS = /* @__PURE__ */ new Set(["start-no-later-than", "must-start-on", "start-on"]);
function lateLimit(item, span) {
  const own = item.task ?? item.milestone;
  if (!own) return void 0;
  const cal = item.calendar;
  let limit;
  const cap = (day) => {
    if (limit === void 0 || day < limit) limit = day;
  };
  if (own.deadline) cap(cal.onOrBeforeDay(toDayNumber(own.deadline)));
  const c = own.constraint;
  if (c?.date) {
    const day = cal.onOrBeforeDay(toDayNumber(c.date));
    if (FINISH_LIMITS.has(c.type)) cap(day);
    else if (START_LIMITS.has(c.type)) cap(span === 0 ? day : cal.addDays(day, span - 1));
  }
  return limit;
}
function pathOfLeastFloat(items, graph, dates, last) {
  const path = [last];
  const seen = new Set(path);
  for (let cur = last; ; ) {
    const d = dates.get(cur);
    const item = items.get(cur);
    let next;
    if (!item.actualStart && !item.actualFinish) {
      for (const e of graph.predecessors(cur)) {
        const p = dates.get(e.from);
        if (p?.totalFloat === void 0 || seen.has(e.from)) continue;
        const req = requirement(e, items.get(e.from), p.start, p.finish, item.calendar, item);
        const binds = req && (req.bound === "start" ? req.date === d.start : req.date === d.finish);
        if (binds && (!next || p.totalFloat < next.float)) next = { id: e.from, float: p.totalFloat };
      }
    }
    if (!next) return path.reverse();
    path.push(next.id);
    seen.add(next.id);
    cur = next.id;
  }
}

// src/plan/model/dcma.ts
function isComplete(item, asOf) {
  return item.actualFinish !== void 0 && item.actualFinish <= asOf || (item.task?.progress ?? 0) >= 1;
}
function dcmaPopulation(items, graph, asOf) {
  const out = {
    inPlan: 0,
    completed: 0,
    levelOfEffort: 0,
    dropped: 0,
    milestones: 0,
    tasks: [],
    relationships: [],
    work: []
  };
  for (const item of items.values()) {
    if (item.kind === "milestone") out.milestones++;
    if (item.kind !== "task") continue;
    out.inPlan++;
    const task = item.task;
    if (task.status === "dropped") out.dropped++;
    else if (task.level_of_effort) out.levelOfEffort++;
    else {
      out.work.push(item);
      if (isComplete(item, asOf)) out.completed++;
      else out.tasks.push(item);
    }
  }
  for (const item of out.tasks) out.relationships.push(...graph.predecessors(item.id));
  return out;
}
function criticalPathTest(items, graph, forecast, asOf, deadline, delay) {
  const first = forecast.criticalPath.map((id) => items.get(id)).find((item) => item.kind === "task" && !isComplete(item, asOf));
  if (!first || !forecast.finish) return void 0;
  const cal = first.calendar;
  const delayed = { ...first };
  const planned = forecast.dates.get(first.id);
  if (first.start && first.finish) delayed.finish = cal.addWorkingDays(first.finish, delay);
  else if (first.task?.duration != null) delayed.task = { ...first.task, duration: first.task.duration + delay };
  else if (planned) {
    delayed.start = planned.start;
    delayed.finish = cal.addWorkingDays(planned.finish, delay);
  } else return void 0;
  const moved = new Map(items);
  moved.set(first.id, delayed);
  const after = forwardPass(moved, graph, asOf, deadline).finish?.date ?? forecast.finish.date;
  return {
    task: first,
    delay,
    before: forecast.finish.date,
    after,
    slip: cal.workingDaysAfter(forecast.finish.date, after)
  };
}

// src/plan/model/earned-value.ts
function computeEarnedValue(plan, allItems, asOf, vendorName) {
  const items = [...allItems];
  const budgetLines = plan.budget?.lines ?? [];
  const progress = (item) => {
    if (item.kind !== "task") {
      if (!item.start) return void 0;
      return {
        weight: 1,
        planned: item.start < asOf ? 1 : 0,
        done: item.actualFinish && item.actualFinish <= asOf ? 1 : 0
      };
    }
    if (!item.start || !item.finish) return void 0;
    const cal = item.calendar;
    const days = Math.max(1, cal.workingDaysBetween(item.start, item.finish));
    const planned = asOf > item.finish ? 1 : asOf <= item.start ? 0 : Math.min(1, (cal.workingDaysBetween(item.start, asOf) - (cal.isWorkingDay(asOf) ? 1 : 0)) / days);
    return { weight: days, planned, done: item.actualFinish ? 1 : item.task?.progress ?? 0 };
  };
  const costOf = (item) => item.task?.cost ?? item.delivery?.cost ?? item.milestone?.cost ?? void 0;
  let passThrough = budgetLines.reduce((s, l) => s + (l.pass_through ? l.planned ?? 0 : 0), 0);
  const live = items.filter((i) => {
    if (i.delivery?.pass_through) {
      passThrough += i.delivery.cost ?? 0;
      return false;
    }
    return i.task?.status !== "dropped";
  });
  const groups = /* @__PURE__ */ new Map();
  const groupOf = (key, label) => {
    let g = groups.get(key);
    if (!g) {
      g = { label, lines: [], items: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const l of budgetLines) {
    if (l.category === "contingency" || l.pass_through) continue;
    groupOf(l.vendor ? `v:${l.vendor}` : "own", l.vendor ? vendorName(l.vendor) : "own work").lines.push(l);
  }
  for (const i of live) {
    if (i.kind === "task" || i.kind === "delivery" || costOf(i) !== void 0)
      groupOf(i.vendor ? `v:${i.vendor.id}` : "own", i.vendor ? vendorName(i.vendor.id) : "own work").items.push(i);
  }
  const targets = [];
  const unplaced = [];
  const summaries = [];
  let fromCosts = 0;
  let fromLines = 0;
  for (const g of groups.values()) {
    const placed = [];
    const place2 = (item, cost) => {
      const p = progress(item);
      if (!p || cost <= 0) return;
      placed.push({ id: item.id, name: item.name, path: item.path, cost, pv: cost * p.planned, ev: cost * p.done });
    };
    const costed = g.items.filter((i) => costOf(i) !== void 0);
    for (const i of costed) place2(i, costOf(i));
    const planned = g.lines.reduce((s, l) => s + (l.planned ?? 0), 0);
    const rest = planned - costed.reduce((s, i) => s + costOf(i), 0);
    let why;
    if (rest > 0) {
      const open = g.items.filter((i) => costOf(i) === void 0);
      const tasks = open.map((t) => ({ t, p: t.kind === "task" ? progress(t) : void 0 })).filter((x) => x.p);
      const deliveries = open.filter((i) => i.kind === "delivery");
      const weight = tasks.reduce((s, x) => s + x.p.weight, 0);
      if (deliveries.length === 1) place2(deliveries[0], rest);
      else if (deliveries.length > 1)
        why = `its ${deliveries.length} deliveries carry no cost, and splitting the money evenly between them would be a guess`;
      else if (weight > 0) for (const { t, p } of tasks) place2(t, rest * p.weight / weight);
      else if (g.lines.length > 0 && costed.length === 0) why = "no dated work is paid from it";
    }
    const lineIds = g.lines.map((l) => l.id);
    if (why) {
      for (const id of lineIds) unplaced.push({ line: id, reason: why });
      continue;
    }
    const placedCost = placed.reduce((s, t) => s + t.cost, 0);
    const costedCost = costed.reduce((s, i) => s + Math.max(0, costOf(i)), 0);
    fromCosts += Math.min(costedCost, placedCost);
    fromLines += Math.max(0, placedCost - costedCost);
    targets.push(...placed);
    summaries.push({
      label: g.label,
      lines: lineIds,
      ac: g.lines.reduce((s, l) => s + (l.actual ?? 0), 0),
      ev: placed.reduce((s, t) => s + t.ev, 0)
    });
  }
  const bac = targets.reduce((s, t) => s + t.cost, 0);
  if (bac <= 0) return void 0;
  return {
    bac,
    pv: targets.reduce((s, t) => s + t.pv, 0),
    ev: targets.reduce((s, t) => s + t.ev, 0),
    ac: summaries.reduce((s, g) => s + g.ac, 0),
    basis: fromLines <= 0 ? "item costs" : fromCosts <= 0 ? "budget lines" : "both",
    targets,
    groups: summaries,
    unplaced,
    passThrough
  };
}
function finiteEarnedValue(evm) {
  if (evm && ![evm.bac, evm.pv, evm.ev, evm.ac].every(Number.isFinite))
    throw new Error("earned value is not a finite number: the amounts are too large to add up");
  return evm;
}

// src/plan/graph.ts
var DependencyGraph = class {
  constructor(nodes, edges) {
    this.nodes = nodes;
    this.edges = edges;
    nodes.forEach((n, i) => {
      this.position.set(n, i);
    });
    this.preds = nodes.map(() => []);
    this.succs = nodes.map(() => []);
    for (const e of edges) {
      const from = this.position.get(e.from);
      const to = this.position.get(e.to);
      if (from === void 0 || to === void 0) continue;
      this.preds[to].push(e);
      this.succs[from].push(e);
    }
  }
  nodes;
  edges;
  /** Node ids by position, and positions by id: the algorithms below work on integers. */
  position = /* @__PURE__ */ new Map();
  preds;
  succs;
  cycleCache;
  orderCache;
  /** Component number of each node that sits in a loop (-1 for none), by position. */
  loopComponent;
  predecessors(id) {
    const i = this.position.get(id);
    return i === void 0 ? [] : this.preds[i];
  }
  successors(id) {
    const i = this.position.get(id);
    return i === void 0 ? [] : this.succs[i];
  }
  /** Is this dependency part of a loop (both ends in the same strongly connected component)? */
  isInLoop(edge) {
    this.cycles();
    const c = this.loopComponent[this.position.get(edge.from) ?? -1] ?? -1;
    return c !== -1 && c === this.loopComponent[this.position.get(edge.to) ?? -1];
  }
  /**
   * Nodes in dependency order (Kahn's algorithm, O(V + E)): every node after all its
   * predecessors. Nodes in or behind a loop are left out.
   */
  topologicalOrder() {
    if (this.orderCache) return this.orderCache;
    const n = this.nodes.length;
    const indegree = new Int32Array(n);
    for (let i = 0; i < n; i++) indegree[i] = this.preds[i].length;
    const order = [];
    for (let i = 0; i < n; i++) if (indegree[i] === 0) order.push(i);
    for (let k = 0; k < order.length; k++) {
      for (const e of this.succs[order[k]]) {
        const to = this.position.get(e.to);
        if (--indegree[to] === 0) order.push(to);
      }
    }
    this.orderCache = order.map((i) => this.nodes[i]);
    return this.orderCache;
  }
  /**
   * Every dependency loop, one per strongly connected component with more than one node,
   * each as the list of edges that close it (a → b, b → c, c → a). Sorted for stable output.
   */
  cycles() {
    this.cycleCache ??= this.findCycles();
    return this.cycleCache;
  }
  findCycles() {
    const n = this.nodes.length;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const component = new Int32Array(n).fill(-1);
    const stack = [];
    const components = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (index[root] !== -1) continue;
      const work = [{ node: root, next: 0 }];
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      while (work.length > 0) {
        const frame = work[work.length - 1];
        const out = this.succs[frame.node];
        if (frame.next < out.length) {
          const w = this.position.get(out[frame.next++].to);
          if (index[w] === -1) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push({ node: w, next: 0 });
          } else if (onStack[w]) {
            low[frame.node] = Math.min(low[frame.node], index[w]);
          }
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1].node;
          low[parent] = Math.min(low[parent], low[frame.node]);
        }
        if (low[frame.node] === index[frame.node]) {
          const members = [];
          let w;
          do {
            w = stack.pop();
            onStack[w] = 0;
            members.push(w);
          } while (w !== frame.node);
          if (members.length > 1) {
            for (const m of members) component[m] = components.length;
            components.push(members);
          }
        }
      }
    }
    this.loopComponent = component;
    return components.map((c) => this.loopWithin(new Set(c.map((i) => this.nodes[i])))).sort((a, b) => compareLoops(a, b));
  }
  /** One shortest loop inside a strongly connected component. */
  loopWithin(members) {
    const start = [...members].sort()[0];
    const via = /* @__PURE__ */ new Map();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      for (const e of this.successors(node)) {
        if (!members.has(e.to)) continue;
        if (e.to === start) {
          const loop = [e];
          let cur = node;
          while (cur !== start) {
            const edge = via.get(cur);
            loop.unshift(edge);
            cur = edge.from;
          }
          return loop;
        }
        if (!via.has(e.to)) {
          via.set(e.to, e);
          queue.push(e.to);
        }
      }
    }
    return [];
  }
};
function compareLoops(a, b) {
  const ka = a[0]?.from ?? "";
  const kb = b[0]?.from ?? "";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// src/plan/model/items.ts
function itemCalendar(own, dates, cals) {
  if (own) return { calendar: cals.byId.get(own), calendarId: own };
  const project = cals.project;
  if (dates.some((d) => d && !project.isWorkingDay(d)))
    return { calendar: cals.sevenDay, calendarId: "7-day", calendarInferred: true };
  return { calendar: project, calendarId: "standard" };
}
function scheduleItems(plan, vendors, cals) {
  const items = /* @__PURE__ */ new Map();
  const project = { calendar: cals.project, calendarId: "standard" };
  plan.tasks?.forEach((task, i) => {
    const start = task.start ?? void 0;
    let finish = task.finish ?? void 0;
    const cal = itemCalendar(task.calendar, [task.start, task.finish], cals);
    if (!finish && start && task.duration != null) finish = cal.calendar.finishOf(start, task.duration);
    items.set(task.id, {
      id: task.id,
      kind: "task",
      name: task.name ?? task.id,
      path: ["tasks", i],
      start,
      finish,
      actualStart: task.actual_start ?? void 0,
      actualFinish: task.actual_finish ?? void 0,
      task,
      vendor: task.vendor ? vendors.get(task.vendor) : void 0,
      ...cal
    });
  });
  plan.milestones?.forEach((m, i) => {
    const date = m.forecast ?? m.due ?? void 0;
    items.set(m.id, {
      id: m.id,
      kind: "milestone",
      name: m.name ?? m.id,
      path: ["milestones", i],
      start: date,
      finish: date,
      actualFinish: m.done_on ?? void 0,
      milestone: m,
      ...itemCalendar(m.calendar, [date], cals)
    });
  });
  plan.vendors?.forEach((v, i) => {
    v.deliveries?.forEach((d, j) => {
      items.set(d.id, {
        id: d.id,
        kind: "delivery",
        name: d.item ?? d.id,
        path: ["vendors", i, "deliveries", j],
        start: d.due ?? void 0,
        finish: d.due ?? void 0,
        actualStart: d.received_on ?? void 0,
        actualFinish: d.received_on ?? void 0,
        delivery: d,
        vendor: v,
        ...project
      });
    });
  });
  return items;
}
function isFinished(item, date) {
  const t = item.task;
  if (t && (t.status === "dropped" || (t.progress ?? 0) >= 1)) return true;
  return item.actualFinish !== void 0 && (date === void 0 || item.actualFinish <= date);
}
function dependencyGraph(items) {
  const edges = [];
  for (const item of items.values()) {
    const deps = item.task?.depends_on ?? item.milestone?.depends_on ?? [];
    deps.forEach((d, j) => {
      const pred = items.get(d.id);
      if (pred && d.id !== item.id) {
        const edge = {
          from: d.id,
          to: item.id,
          type: d.type,
          lag: d.lag,
          path: [...item.path, "depends_on", j]
        };
        if (d.lag_unit) {
          edge.written = { lag: d.lag, unit: d.lag_unit };
          edge.lag = workingLag(d.lag, d.lag_unit, d.type, pred, item);
        }
        edges.push(edge);
      }
    });
  }
  return new DependencyGraph([...items.keys()], edges);
}
function workingLag(lag, unit, type, pred, succ) {
  if (unit === "percent") {
    const days = pred.kind !== "task" ? 0 : pred.start && pred.finish ? pred.calendar.workingDaysBetween(pred.start, pred.finish) : pred.task?.duration ?? 0;
    return Math.round(days * lag / 100);
  }
  const from = type === "FS" || type === "FF" ? pred.finish : pred.start;
  if (!from) return Math.round(lag * 5 / 7);
  return succ.calendar.workingDaysAfter(from, fromDayNumber(toDayNumber(from) + Math.round(lag)));
}

// src/plan/model/phase.ts
function phaseContradictions(plan, items, asOf) {
  const phase = plan.project.phase;
  const facts = [];
  if (phase === "presale") {
    plan.budget?.lines?.forEach((l, i) => {
      if ((l.actual ?? 0) > 0)
        facts.push({ kind: "spent", line: l.id, amount: l.actual, path: ["budget", "lines", i, "actual"] });
    });
    for (const item of items) {
      if (item.kind === "task") {
        const t = item.task;
        const started = t.actual_start ?? t.actual_finish;
        if (started && started <= asOf) {
          facts.push({
            kind: "started",
            item: item.name,
            date: started,
            path: [...item.path, t.actual_start ? "actual_start" : "actual_finish"]
          });
        } else if ((t.progress ?? 0) > 0) {
          facts.push({ kind: "progressed", item: item.name, progress: t.progress, path: [...item.path, "progress"] });
        }
      } else if (item.kind === "delivery" && item.actualFinish && item.actualFinish <= asOf) {
        facts.push({ kind: "received", item: item.name, date: item.actualFinish, path: [...item.path, "received_on"] });
      } else if (item.kind === "milestone" && item.actualFinish && item.actualFinish <= asOf) {
        facts.push({ kind: "done", item: item.name, date: item.actualFinish, path: [...item.path, "done_on"] });
      }
    }
    plan.communication?.status_reports?.forEach((r, i) => {
      if (r.on <= asOf)
        facts.push({ kind: "reported", date: r.on, path: ["communication", "status_reports", i, "on"] });
    });
    plan.changes?.forEach((c, i) => {
      if (c.status === "implemented") facts.push({ kind: "implemented", change: c.id, path: ["changes", i, "status"] });
    });
  } else if (phase === "closed") {
    for (const item of items) {
      const t = item.task;
      if (!t || isFinished(item)) continue;
      const until = item.finish ?? item.start;
      if (until && until >= asOf)
        facts.push({
          kind: "to-come",
          item: item.name,
          date: until,
          path: [...item.path, t.finish ? "finish" : "start"]
        });
    }
  }
  return facts;
}

// src/plan/model/pm-assessment.ts
var DEFAULT_PM_THRESHOLDS = { durationDays: 10, vendors: 1, budget: 5e3, users: 5 };
function assessPm(plan, items, cal, thresholds) {
  let first = plan.project.start ?? void 0;
  let last = plan.project.deadline ?? void 0;
  for (const item of items) {
    const s = item.actualStart ?? item.start;
    const f = item.actualFinish ?? item.finish;
    if (s && (!first || s < first)) first = s;
    if (f && (!last || f > last)) last = f;
  }
  const durationDays = first && last ? cal.workingDaysBetween(first, last) : void 0;
  const vendors = plan.vendors?.length ?? 0;
  const lineSum = plan.budget?.lines?.reduce((sum, l) => sum + (l.planned ?? 0), 0);
  const budget = plan.budget?.total ?? (lineSum || void 0);
  let users = plan.project.users_affected ?? void 0;
  if (users === void 0) {
    let waves = 0;
    for (const task of plan.tasks ?? []) {
      if (task.users_affected == null) continue;
      users = Math.max(users ?? 0, task.users_affected);
      if (task.kind === "rollout" || task.kind === "pilot") waves += task.users_affected;
    }
    if (users !== void 0) users = Math.max(users, waves);
  }
  const measures = { durationDays, vendors, budget, users };
  const exceeded = [];
  for (const measure of ["durationDays", "vendors", "budget", "users"]) {
    const value = measures[measure];
    if (value !== void 0 && value > thresholds[measure])
      exceeded.push({ measure, value, threshold: thresholds[measure] });
  }
  const missing = [];
  if (durationDays === void 0) missing.push("dates");
  if (users === void 0) missing.push("users");
  const status = exceeded.length > 0 ? "warranted" : missing.length > 0 ? "unknown" : "not-warranted";
  return { status, warranted: status === "warranted", missing, exceeded, measures, thresholds };
}

// src/plan/model/problems.ts
function findProblems(plan, items, date, cal) {
  const slip = (from, to) => Math.max(0, cal.workingDaysBetween(from, to) - (cal.isWorkingDay(from) ? 1 : 0));
  const out = { slippedMilestones: [], overdueDeliveries: [], overdueTasks: [], overruns: [] };
  for (const item of items) {
    if (item.kind === "milestone") {
      const m = item.milestone;
      const done = m.done_on && m.done_on <= date;
      if (m.due && m.forecast && m.forecast > m.due && !done) {
        out.slippedMilestones.push({
          item,
          due: m.due,
          forecast: m.forecast,
          days: slip(m.due, m.forecast),
          path: [...item.path, "forecast"]
        });
      } else if (m.due && m.due < date && !done) {
        out.slippedMilestones.push({ item, due: m.due, days: slip(m.due, date), path: [...item.path, "due"] });
      }
    } else if (item.kind === "delivery") {
      const d = item.delivery;
      if (d.due && d.due < date && !(d.received_on && d.received_on <= date))
        out.overdueDeliveries.push({ item, path: [...item.path, "due"] });
    } else {
      if (item.finish && item.finish < date && !isFinished(item, date))
        out.overdueTasks.push({ item, path: [...item.path, item.task.finish ? "finish" : "duration"] });
    }
  }
  const budget = plan.budget;
  let spentTotal = 0;
  budget?.lines?.forEach((line, i) => {
    const spent = (line.actual ?? 0) + (line.committed ?? 0);
    spentTotal += spent;
    if (line.planned != null && spent > line.planned)
      out.overruns.push({
        line: { id: line.id, description: line.description },
        spent,
        planned: line.planned,
        path: ["budget", "lines", i, line.actual != null ? "actual" : "committed"]
      });
  });
  if (budget?.total != null && spentTotal > budget.total)
    out.overruns.push({
      spent: spentTotal,
      planned: budget.total,
      path: ["budget", "total"]
    });
  return out;
}

// src/plan/model/index.ts
function listed(list, path) {
  return (list ?? []).map((item, index) => ({ item, index, path: [...path, index] }));
}
var PlanModel = class {
  constructor(plan, options) {
    this.plan = plan;
    this.asOf = options.asOf;
    this.base = options.base;
    this.thresholds = options.pmThresholds ?? DEFAULT_PM_THRESHOLDS;
    this.holidays = options.holidays;
  }
  plan;
  asOf;
  /** The plan at the --base ref, when given. */
  base;
  thresholds;
  holidays;
  memo = /* @__PURE__ */ new Map();
  once(key, compute) {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key);
  }
  /** The project calendar (`standard`): working weekdays, holidays and public holidays. */
  get calendar() {
    return this.calendars.project;
  }
  /** The project calendar, 7-day, and the plan's named calendars, by id. */
  get calendars() {
    return this.once("calendars", () => buildCalendars(this.plan, this.asOf, this.holidays));
  }
  /**
   * An item's working time: a task's own `calendar`; else 7-day when the task's planned start
   * or finish is on a non-working day of the project calendar; else the project calendar.
   * Milestones and deliveries use the project calendar. Date arithmetic on an item uses this.
   */
  calendarFor(item) {
    return item.calendar;
  }
  /** For messages: " (a Saturday)" when `date` is not a working day of `cal`, else nothing. */
  dayNote(cal, date) {
    const why = cal.describeDay(date);
    return why ? ` (${why})` : "";
  }
  // -- People, vendors and sites, and the names messages use for them ---------------------------
  get people() {
    return this.once("people", () => new Map((this.plan.people ?? []).map((p) => [p.id, p])));
  }
  get vendors() {
    return this.once("vendors", () => new Map((this.plan.vendors ?? []).map((v) => [v.id, v])));
  }
  /** A person's name for messages, or their id when they have none. */
  personName(id) {
    return this.people.get(id)?.name ?? id;
  }
  /** A vendor's name for messages, or its id when it has none. */
  vendorName(id) {
    return this.vendors.get(id)?.name ?? id;
  }
  /** A site's name for messages, or its id when it has none. */
  siteName(id) {
    const names = this.once("sites", () => new Map((this.plan.sites ?? []).map((s) => [s.id, s.name ?? s.id])));
    return names.get(id) ?? id;
  }
  /** The accountable PM as a person, when project.manager names one. */
  get manager() {
    const id = this.plan.project.manager;
    return id ? this.people.get(id) : void 0;
  }
  // -- Lists with their paths ---------------------------------------------------------------------
  get risks() {
    return this.once("risks", () => listed(this.plan.risks, ["risks"]));
  }
  /** Risks still open: a risk with no status is open. */
  get openRisks() {
    return this.once("openRisks", () => this.risks.filter(({ item }) => (item.status ?? "open") === "open"));
  }
  get changes() {
    return this.once("changes", () => listed(this.plan.changes, ["changes"]));
  }
  /** Changes that were approved, whether or not they have been implemented yet. */
  get decidedChanges() {
    return this.once(
      "decidedChanges",
      () => this.changes.filter(({ item }) => item.status === "approved" || item.status === "implemented")
    );
  }
  get budgetLines() {
    return this.once("budgetLines", () => listed(this.plan.budget?.lines, ["budget", "lines"]));
  }
  get vendorList() {
    return this.once("vendorList", () => listed(this.plan.vendors, ["vendors"]));
  }
  get statusReports() {
    return this.once(
      "statusReports",
      () => listed(this.plan.communication?.status_reports, ["communication", "status_reports"])
    );
  }
  // -- The schedule ----------------------------------------------------------------------------
  /** Every task, milestone and delivery by id, in plan order. */
  get items() {
    return this.once("items", () => scheduleItems(this.plan, this.vendors, this.calendars));
  }
  get graph() {
    return this.once("graph", () => dependencyGraph(this.items));
  }
  /** When work on an item began or is planned to begin: the actual date wins over the plan. */
  startOf(item) {
    return item.actualStart ?? item.start;
  }
  /** When an item finished, arrived or is expected to: the actual date wins over the plan. */
  finishOf(item) {
    return item.actualFinish ?? item.finish;
  }
  requirements = /* @__PURE__ */ new WeakMap();
  /**
   * What a dependency requires of its successor, from the predecessor's current dates, on the
   * successor's calendar. Memoized per edge.
   */
  requirementOf(edge) {
    let req = this.requirements.get(edge);
    if (req === void 0) {
      const pred = this.items.get(edge.from);
      const succ = this.items.get(edge.to);
      req = (pred && succ && requirement(edge, pred, this.startOf(pred), this.finishOf(pred), succ.calendar, succ)) ?? null;
      this.requirements.set(edge, req);
    }
    return req ?? void 0;
  }
  /**
   * A dependency on a delivery, or a finish-to-start hand-off from another vendor's task:
   * vendor-sequencing judges these, and predecessor-order leaves them to it.
   */
  isVendorDependency(edge) {
    const pred = this.items.get(edge.from);
    const succ = this.items.get(edge.to);
    if (!pred || succ?.kind !== "task") return false;
    if (pred.kind === "delivery") return true;
    return pred.kind === "task" && pred.vendor !== void 0 && pred.vendor.id !== succ.task?.vendor && edge.type === "FS";
  }
  /**
   * The forward and backward passes: earliest and latest dates and float for every item, the
   * projected finish, the critical chain and the critical path. Late dates run back from the
   * finish, or from project.deadline when that is earlier, and respect each item's deadline and
   * no-later-than constraints: float below zero is work that cannot meet them.
   */
  get forecast() {
    return this.once(
      "forecast",
      () => forwardPass(this.items, this.graph, this.asOf, this.plan.project.deadline ?? void 0)
    );
  }
  /** What the DCMA checks count: unfinished work, the dependencies into it, and what is left out. */
  get dcma() {
    return this.once("dcma", () => dcmaPopulation(this.items, this.graph, this.asOf));
  }
  /** The DCMA critical path test with a delay of `delay` working days; undefined without a critical path. */
  criticalPathTest(delay) {
    return this.once(
      `cpt@${delay}`,
      () => criticalPathTest(
        this.items,
        this.graph,
        this.forecast,
        this.asOf,
        this.plan.project.deadline ?? void 0,
        delay
      )
    );
  }
  /**
   * Whether a slip of `days` working days on an item is absorbed: within the project's
   * tolerance (`project.tolerance.days`, PRINCE2's: the PM's to manage), or inside the item's
   * total float from the backward pass (nothing after it moves).
   */
  absorbs(id, days) {
    const tolerance = this.plan.project.tolerance?.days;
    return tolerance != null && days <= tolerance || (this.forecast.dates.get(id)?.totalFloat ?? -1) >= days;
  }
  /** Working days from `due` to `date` on the project calendar: how late something due then is. */
  lateBy(due, date) {
    const cal = this.calendar;
    return Math.max(0, cal.workingDaysBetween(due, date) - (cal.isWorkingDay(due) ? 1 : 0));
  }
  /**
   * Facts that contradict a green report, as they stood on `date`: slipped milestones, overdue
   * deliveries and tasks, budget overruns. Several rules and watermelon-status share them.
   */
  problemsAt(date) {
    return this.once(`problems@${date}`, () => findProblems(this.plan, this.items.values(), date, this.calendar));
  }
  // -- Money -----------------------------------------------------------------------------------
  /** Earned value as of the as-of date; undefined without planned costs and dates. */
  get earnedValue() {
    return this.once(
      "evm",
      () => finiteEarnedValue(computeEarnedValue(this.plan, this.items.values(), this.asOf, (id) => this.vendorName(id)))
    );
  }
  /**
   * The project-management budget lines and their share of the total (the lines' sum when there
   * is no total); undefined when the plan has no budget. pm-budgeted and the review share it.
   */
  get pmBudget() {
    return this.once("pmBudget", () => {
      const budget = this.plan.budget;
      const all = budget?.lines ?? [];
      if (!budget || all.length === 0 && budget.total == null) return void 0;
      const lines = all.flatMap(
        (l, index) => l.category === "project-management" ? [{ index, planned: l.planned ?? 0 }] : []
      );
      const passThrough = all.reduce((s, l) => s + (l.pass_through ? l.planned ?? 0 : 0), 0);
      const total = (budget.total ?? all.reduce((s, l) => s + (l.planned ?? 0), 0)) - passThrough;
      return { lines, amount: lines.reduce((s, l) => s + l.planned, 0), total, passThrough };
    });
  }
  /**
   * Is formal project management warranted? Article 002's four thresholds, computed once. The
   * project's length is counted on the project calendar: "more than two weeks" is the client's
   * working weeks, however many days a weekend cutover works.
   */
  get pmAssessment() {
    return this.once("pm", () => assessPm(this.plan, this.items.values(), this.calendar, this.thresholds));
  }
  /** Facts that contradict the plan's stated phase (spend on a presale plan, say). */
  get phaseContradictions() {
    return this.once("phase", () => phaseContradictions(this.plan, this.items.values(), this.asOf));
  }
  /**
   * Builds every shared view now rather than on first use, so that a timing of the rules
   * measures the rules, and the model's own cost is measured once, as the model's.
   */
  prepare() {
    void this.graph.cycles();
    void this.forecast;
    void this.problemsAt(this.asOf);
    try {
      void this.earnedValue;
    } catch {
    }
    void this.pmAssessment;
    return this;
  }
};

export {
  regionCode,
  holidayNoun,
  publicHolidayRegions,
  isComplete,
  isFinished,
  DEFAULT_PM_THRESHOLDS,
  PlanModel
};
