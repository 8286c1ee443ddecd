import { useId, useState } from 'react';
import { useApi } from '../api/client';
import { outcomeNameOf } from '../catalogue/outcome-name';
import type { OpenTask } from '../api/borrowers-api';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { utcTime } from './timeline-text';
import { useBorrowerMutation } from './use-borrower';

/**
 * Resolve an open task with one of its escalate step's outcomes; the journey continues there.
 * Outcomes are offered by name (the built-in names of common ids, else the id in words), and
 * sent by id.
 */
export function ResolveTask(props: { externalId: string; task: OpenTask }) {
  const { borrowers } = useApi();
  const { t, intl, locale } = useI18n();
  const [outcome, setOutcome] = useState(props.task.outcomes[0] ?? '');
  const [note, setNote] = useState('');
  const resolve = useBorrowerMutation(props.externalId, () =>
    borrowers.resolveTask(props.task.id, outcome, note.trim()),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={t('borrowers.resolve.label', { reason: props.task.reason })}
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate(undefined);
      }}
    >
      <p>
        {intl.formatMessage(
          { id: 'borrowers.resolve.summary' },
          {
            reason: props.task.reason,
            queue: props.task.queue,
            priority: t('tasks.priority', { priority: props.task.priority }),
            due: utcTime(props.task.dueAt),
            assignee: props.task.assignee ?? 'none',
            b: (chunks) => <strong>{chunks}</strong>,
          },
        )}
      </p>
      <label htmlFor={`${ids}-outcome`}>{t('borrowers.field.outcome')}</label>
      <select id={`${ids}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
        {props.task.outcomes.map((o) => (
          <option key={o} value={o}>
            {outcomeNameOf(o, locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-note`}>{t('borrowers.field.note')}</label>
      <textarea
        id={`${ids}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={resolve.isPending}>
        {t('borrowers.resolve.submit')}
      </button>
      <Refusal error={resolve.error} />
    </form>
  );
}
