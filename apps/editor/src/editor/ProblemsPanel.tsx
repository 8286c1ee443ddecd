import { AlertCircle, AlertTriangle, CheckCircle2 } from 'lucide-react';
import { memo, useState } from 'react';
import { useProblems } from '../validation/problems-store';

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
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <section className={`problems-panel${open ? ' is-open' : ''}`} aria-label="Problems">
      <button
        type="button"
        className="problems-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {errorCount === 0 && warningCount === 0 ? (
          <>
            <CheckCircle2 size={16} aria-hidden="true" className="ok" /> No problems: ready to
            publish
          </>
        ) : (
          <>
            <AlertCircle size={16} aria-hidden="true" className="error" /> {errorCount} error
            {errorCount === 1 ? '' : 's'}
            <AlertTriangle size={16} aria-hidden="true" className="warning" /> {warningCount}{' '}
            warning{warningCount === 1 ? '' : 's'}
          </>
        )}
      </button>
      {open && sorted.length > 0 && (
        <ul className="problem-list" data-testid="problem-list">
          {sorted.map((problem, index) => {
            const target = problem.nodeId ?? problem.nodeIds?.[0];
            return (
              <li key={index} className={`problem problem-${problem.severity}`}>
                <button
                  type="button"
                  className="problem-button"
                  disabled={!target}
                  onClick={() => target && onFocusNode(target)}
                >
                  <span className="problem-code">{problem.code}</span>
                  {target && <span className="problem-node">{target}</span>}
                  <span className="problem-message">{problem.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
