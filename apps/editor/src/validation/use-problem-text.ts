import type { Problem } from '@tandem/dsl';
import { useCallback } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { useSteps } from '../document/use-steps';
import { useI18n } from '../i18n/use-i18n';
import { fieldName, ownProblemText } from './node-problem-words';
import { problemText } from './problem-text';

/**
 * Words problems in the chosen language, naming steps as the canvas does: the step's own name,
 * else its type and id ("Wait “wait-2d”"), else (a step no longer on the canvas) its id; fields
 * as the inspector does ("Variants 2 › Name"); a step's own check by its node definition.
 */
export function useProblemText(): (problem: Problem) => string {
  const i18n = useI18n();
  const steps = useSteps();
  const stepName = useStepName();
  const definitionOf = useCallback(
    (id: string) => {
      const type = steps.find((n) => n.id === id)?.data.nodeType;
      return type === undefined ? undefined : catalogue.get(type);
    },
    [steps],
  );
  return useCallback(
    (problem: Problem) =>
      problemText(problem, i18n, {
        field: (id, path) => {
          const definition = definitionOf(id);
          return definition ? fieldName(definition, i18n.locale, path) : null;
        },
        own: (id, args) => {
          const definition = definitionOf(id);
          return definition ? ownProblemText(definition, i18n.intl, args) : undefined;
        },
        node: stepName,
      }),
    [i18n, definitionOf, stepName],
  );
}

/**
 * A step's name as problems say it: its own label, else its type and id ("Wait “wait-2d”": two
 * unnamed waits must be told apart), else (a step no longer on the canvas) its id.
 */
export function useStepName(): (id: string) => string {
  const i18n = useI18n();
  const steps = useSteps();
  return useCallback(
    (id: string) => {
      const step = steps.find((n) => n.id === id);
      if (!step) return id;
      if (step.data.label) return step.data.label;
      const definition = catalogue.get(step.data.nodeType);
      const type = definition ? nodeText(definition, i18n.locale).label : step.data.nodeType;
      return i18n.t('validation.step.ofType', { type, id });
    },
    [i18n, steps],
  );
}
