import type { Problem } from '@tandem/dsl';
import { create } from 'zustand';
import { edgeId } from '../document/journey-document';

export interface ProblemsState {
  problems: Problem[];
  /** Problems per node id (a loop's problem is listed under every node of it). */
  byNode: ReadonlyMap<string, Problem[]>;
  /** Problems per edge id (`node:port`), for ports that point somewhere wrong. */
  byEdge: ReadonlyMap<string, Problem[]>;
  errorCount: number;
  warningCount: number;
}

export const useProblems = create<ProblemsState>()(() => indexProblems([]));

function push<K>(map: Map<K, Problem[]>, key: K, problem: Problem) {
  const list = map.get(key);
  if (list) list.push(problem);
  else map.set(key, [problem]);
}

/** Indexes a validation result by the nodes and edges it is about. */
export function indexProblems(problems: Problem[]): ProblemsState {
  const byNode = new Map<string, Problem[]>();
  const byEdge = new Map<string, Problem[]>();
  for (const problem of problems) {
    const nodes = new Set([
      ...(problem.nodeIds ?? []),
      ...(problem.nodeId ? [problem.nodeId] : []),
    ]);
    for (const id of nodes) push(byNode, id, problem);
    if (problem.nodeId && problem.port) push(byEdge, edgeId(problem.nodeId, problem.port), problem);
  }
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { problems, byNode, byEdge, errorCount, warningCount: problems.length - errorCount };
}

/** The config path of a problem inside its node (`["message", "vi"]`), or null. */
export function configPath(problem: Problem): Array<string | number> | null {
  const at = problem.path.indexOf('config');
  return problem.path[0] === 'nodes' && at === 2 ? problem.path.slice(3) : null;
}
