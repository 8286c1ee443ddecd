import { useId, useState } from 'react';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { useBorrowerMutation } from './use-borrower';

/** Notes are append-only: add one; none is ever edited. */
export function AddNote(props: { externalId: string; taskId?: string }) {
  const { borrowers } = useApi();
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const add = useBorrowerMutation(props.externalId, (text: string) =>
    borrowers.addNote(props.externalId, text, props.taskId),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={t('borrowers.addNote.label')}
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={`${ids}-body`}>{t('borrowers.field.note')}</label>
      <textarea
        id={`${ids}-body`}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" className="button" disabled={add.isPending || !body.trim()}>
        {t('borrowers.addNote.submit')}
      </button>
      <Refusal error={add.error} />
    </form>
  );
}
