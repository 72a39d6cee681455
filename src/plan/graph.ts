/**
 * The dependency graph over tasks, milestones and deliveries, built once per plan.
 * Cycle detection is Tarjan's strongly connected components, iterative so that a
 * 50,000-task chain cannot overflow the stack: O(V + E).
 */
import type { YamlPath } from './locate.js';

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export interface DependencyEdge {
  /** The predecessor. */
  from: string;
  /** The successor: the item whose depends_on lists `from`. */
  to: string;
  type: DependencyType;
  /** Working days; negative is a lead. */
  lag: number;
  /** Where the dependency is written: ['tasks', i, 'depends_on', j]. */
  path: YamlPath;
}

export class DependencyGraph {
  private readonly preds = new Map<string, DependencyEdge[]>();
  private readonly succs = new Map<string, DependencyEdge[]>();
  private cycleCache?: DependencyEdge[][];
  private orderCache?: string[];
  /** Component number of each node that sits in a loop. */
  private loopComponent = new Map<string, number>();

  constructor(
    readonly nodes: readonly string[],
    readonly edges: readonly DependencyEdge[],
  ) {
    for (const n of nodes) {
      this.preds.set(n, []);
      this.succs.set(n, []);
    }
    for (const e of edges) {
      this.preds.get(e.to)?.push(e);
      this.succs.get(e.from)?.push(e);
    }
  }

  predecessors(id: string): readonly DependencyEdge[] {
    return this.preds.get(id) ?? [];
  }

  successors(id: string): readonly DependencyEdge[] {
    return this.succs.get(id) ?? [];
  }

  /** Is this dependency part of a loop (both ends in the same strongly connected component)? */
  isInLoop(edge: DependencyEdge): boolean {
    this.cycles();
    const c = this.loopComponent.get(edge.from);
    return c !== undefined && c === this.loopComponent.get(edge.to);
  }

  /**
   * Nodes in dependency order (Kahn's algorithm, O(V + E)): every node after all its
   * predecessors. Nodes in or behind a loop are left out.
   */
  topologicalOrder(): readonly string[] {
    if (this.orderCache) return this.orderCache;
    const indegree = new Map<string, number>();
    for (const n of this.nodes) indegree.set(n, this.predecessors(n).length);
    const order = this.nodes.filter((n) => indegree.get(n) === 0);
    for (let i = 0; i < order.length; i++) {
      for (const e of this.successors(order[i]!)) {
        const left = indegree.get(e.to)! - 1;
        indegree.set(e.to, left);
        if (left === 0) order.push(e.to);
      }
    }
    this.orderCache = order;
    return order;
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
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const components: string[][] = [];
    let counter = 0;

    for (const root of this.nodes) {
      if (index.has(root)) continue;
      // Each frame: node and the position of the next successor edge to look at.
      const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
      index.set(root, counter);
      low.set(root, counter++);
      stack.push(root);
      onStack.add(root);
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        const out = this.successors(frame.node);
        if (frame.next < out.length) {
          const w = out[frame.next++]!.to;
          if (!index.has(w)) {
            index.set(w, counter);
            low.set(w, counter++);
            stack.push(w);
            onStack.add(w);
            work.push({ node: w, next: 0 });
          } else if (onStack.has(w)) {
            low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
          }
          continue;
        }
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1]!.node;
          low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
        }
        if (low.get(frame.node) === index.get(frame.node)) {
          const component: string[] = [];
          let w: string;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            component.push(w);
          } while (w !== frame.node);
          if (component.length > 1) {
            for (const n of component) this.loopComponent.set(n, components.length);
            components.push(component);
          }
        }
      }
    }
    return components.map((c) => this.loopWithin(new Set(c))).sort((a, b) => compareLoops(a, b));
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
