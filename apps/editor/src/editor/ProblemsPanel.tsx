import { AlertCircle, AlertTriangle, CheckCircle2 } from 'lucide-react';
import { memo, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useProblems } from '../validation/problems-store';
import { ProblemLine, problemTarget, useProblemReference } from '../validation/ProblemLine';

/**
 * Every problem with the journey, errors first. Clicking one selects its step and brings it
 * into view; the list re-validates as the journey changes.
 */
export const ProblemsPanel = memo(function ProblemsPanel({
  onFocusNode,
}: {
  onFocusNode: (id: string) => void;
}) {
  const { problems, errorCount, warningCount } = useProblems();
  const [open, setOpen] = useState(true);
  const { t } = useI18n();
  const referenceOf = useProblemReference();
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <section
      className={`problems-panel${open ? ' is-open' : ''}`}
      aria-label={t('editor.problems.label')}
    >
      <button
        type="button"
        className="problems-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {errorCount === 0 && warningCount === 0 ? (
          <>
            <CheckCircle2 size={16} aria-hidden="true" className="ok" /> {t('editor.problems.none')}
          </>
        ) : (
          <>
            <AlertCircle size={16} aria-hidden="true" className="error" />{' '}
            {t('editor.problems.errors', { count: errorCount })}
            <AlertTriangle size={16} aria-hidden="true" className="warning" />{' '}
            {t('editor.problems.warnings', { count: warningCount })}
          </>
        )}
      </button>
      {open && sorted.length > 0 && (
        <ul className="problem-list" data-testid="problem-list">
          {sorted.map((problem, index) => {
            const target = problemTarget(problem);
            return (
              <li key={index} className={`problem problem-${problem.severity}`}>
                <button
                  type="button"
                  className="problem-button"
                  disabled={!target}
                  title={referenceOf(problem)}
                  data-problem-code={problem.code}
                  onClick={() => target && onFocusNode(target)}
                >
                  <ProblemLine problem={problem} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
