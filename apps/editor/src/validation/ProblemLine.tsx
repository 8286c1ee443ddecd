import type { Problem } from '@tandem/dsl';
import { useI18n } from '../i18n/use-i18n';
import { useProblemText, useStepName } from './use-problem-text';

/** The step a problem is about, if any: the one it names, else the first of those it names. */
export const problemTarget = (problem: Problem): string | undefined =>
  problem.nodeId ?? problem.nodeIds?.[0];

/**
 * One problem as a list shows it, inside the button that goes to its step: what is wrong, worded
 * with the step's name. A problem worded by its English message alone (a custom node's own code)
 * gets the step's name before it. The code and step id are for support, not for the manager:
 * they are the button's tooltip.
 */
export function ProblemLine({ problem }: { problem: Problem }) {
  const textOf = useProblemText();
  const stepName = useStepName();
  const target = problemTarget(problem);
  const text = textOf(problem);
  const name = target === undefined ? undefined : stepName(target);
  return (
    <>
      {name !== undefined && !text.includes(name) && <span className="problem-node">{name}</span>}
      <span className="problem-message">{text}</span>
    </>
  );
}

/** The problem's code and step id, for a tooltip a manager can read out to support. */
export function useProblemReference(): (problem: Problem) => string {
  const { t } = useI18n();
  return (problem) => {
    const target = problemTarget(problem);
    return target === undefined
      ? t('editor.problems.reference', { code: problem.code })
      : t('editor.problems.referenceStep', { code: problem.code, step: target });
  };
}
