/**
 * The dependency graph over tasks, milestones and deliveries, built once per plan.
 * Cycle detection is Tarjan's strongly connected components, iterative so that a
 * 50,000-task chain cannot overflow the stack: O(V + E).
 */
import type { PlanPath } from './path.js';

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export interface DependencyEdge {
  /** The predecessor. */
  from: string;
  /** The successor: the item whose depends_on lists `from`. */
  to: string;
  type: DependencyType;
  /** Working days; negative is a lead. An elapsed or percent lag is counted to the nearest working day. */
  lag: number;
  /** The lag as written, when it is not in working days: `lag` is its count in working days. */
  written?: { lag: number; unit: 'elapsed-days' | 'percent' };
  /** Where the dependency is written: ['tasks', i, 'depends_on', j]. */
  path: PlanPath;
}

export class DependencyGraph {
  /** Node ids by position, and positions by id: the algorithms below work on integers. */
  private readonly position = new Map<string, number>();
  private readonly preds: DependencyEdge[][];
  private readonly succs: DependencyEdge[][];
  private cycleCache?: DependencyEdge[][];
  private orderCache?: string[];
  /** Component number of each node that sits in a loop (-1 for none), by position. */
  private loopComponent?: Int32Array;

  constructor(
    readonly nodes: readonly string[],
    readonly edges: readonly DependencyEdge[],
  ) {
    nodes.forEach((n, i) => {
      this.position.set(n, i);
    });
    this.preds = nodes.map(() => []);
    this.succs = nodes.map(() => []);
    for (const e of edges) {
      const from = this.position.get(e.from);
      const to = this.position.get(e.to);
      if (from === undefined || to === undefined) continue;
      this.preds[to]!.push(e);
      this.succs[from]!.push(e);
    }
  }

  predecessors(id: string): readonly DependencyEdge[] {
    const i = this.position.get(id);
    return i === undefined ? [] : this.preds[i]!;
  }

  successors(id: string): readonly DependencyEdge[] {
    const i = this.position.get(id);
    return i === undefined ? [] : this.succs[i]!;
  }

  /** Is this dependency part of a loop (both ends in the same strongly connected component)? */
  isInLoop(edge: DependencyEdge): boolean {
    this.cycles();
    const c = this.loopComponent![this.position.get(edge.from) ?? -1] ?? -1;
    return c !== -1 && c === this.loopComponent![this.position.get(edge.to) ?? -1];
  }

  /**
   * Nodes in dependency order (Kahn's algorithm, O(V + E)): every node after all its
   * predecessors. Nodes in or behind a loop are left out.
   */
  topologicalOrder(): readonly string[] {
    if (this.orderCache) return this.orderCache;
    const n = this.nodes.length;
    const indegree = new Int32Array(n);
    for (let i = 0; i < n; i++) indegree[i] = this.preds[i]!.length;
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (indegree[i] === 0) order.push(i);
    for (let k = 0; k < order.length; k++) {
      for (const e of this.succs[order[k]!]!) {
        const to = this.position.get(e.to)!;
        if (--indegree[to]! === 0) order.push(to);
      }
    }
    this.orderCache = order.map((i) => this.nodes[i]!);
    return this.orderCache;
  }

  /**
   * Every dependency loop, one per strongly connected component with more than one node,
   * each as the list of edges that close it (a → b, b → c, c → a). Sorted for stable output.
   */
  cycles(): DependencyEdge[][] {
    this.cycleCache ??= this.findCycles();
    return this.cycleCache;
  }

  private findCycles(): DependencyEdge[][] {
    const n = this.nodes.length;
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const component = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    const components: number[][] = [];
    let counter = 0;

    for (let root = 0; root < n; root++) {
      if (index[root] !== -1) continue;
      // Each frame: a node and the position of the next successor edge to look at.
      const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        const out = this.succs[frame.node]!;
        if (frame.next < out.length) {
          const w = this.position.get(out[frame.next++]!.to)!;
          if (index[w] === -1) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push({ node: w, next: 0 });
          } else if (onStack[w]) {
            low[frame.node] = Math.min(low[frame.node]!, index[w]!);
          }
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1]!.node;
          low[parent] = Math.min(low[parent]!, low[frame.node]!);
        }
        if (low[frame.node] === index[frame.node]) {
          const members: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
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
    return components
      .map((c) => this.loopWithin(new Set(c.map((i) => this.nodes[i]!))))
      .sort((a, b) => compareLoops(a, b));
  }

  /** One shortest loop inside a strongly connected component. */
  private loopWithin(members: Set<string>): DependencyEdge[] {
    // The smallest id, not the first declared, so that reordering the plan names the same loop.
    const start = [...members].sort()[0]!;
    // Breadth-first from start back to start, staying inside the component: the shortest loop.
    const via = new Map<string, DependencyEdge>();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const e of this.successors(node)) {
        if (!members.has(e.to)) continue;
        if (e.to === start) {
          const loop = [e];
          let cur = node;
          while (cur !== start) {
            const edge = via.get(cur)!;
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
}

function compareLoops(a: DependencyEdge[], b: DependencyEdge[]): number {
  const ka = a[0]?.from ?? '';
  const kb = b[0]?.from ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
