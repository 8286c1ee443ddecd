// Why a borrower action was refused, as the API said it (shared by every action form).
import { ApiCallError } from '../api/http';
import { useI18n } from '../i18n/use-i18n';
import { utcTime } from './timeline-text';

/** The rule and the time a refused call names (409 CALL_NOT_ALLOWED `details`). */
function callRefusal(error: Error): { detail: string; next: string | null } | null {
  if (!(error instanceof ApiCallError) || error.code !== 'CALL_NOT_ALLOWED') return null;
  const details = error.details as { detail?: unknown; reason?: unknown; next?: unknown } | null;
  const detail = typeof details?.detail === 'string' ? details.detail : null;
  const reason = typeof details?.reason === 'string' ? details.reason : null;
  return {
    detail: detail ?? reason ?? error.message,
    next: typeof details?.next === 'string' ? details.next : null,
  };
}

/** Why an action was refused, as the API said it; a refused call also says when it is allowed. */
export function Refusal(props: { error: Error | null }) {
  const { t } = useI18n();
  if (!props.error) return null;
  const call = callRefusal(props.error);
  return (
    <p role="alert" className="form-error">
      {call ? (
        <>
          {t('borrowers.callNotAllowed', { detail: call.detail })}{' '}
          {call.next
            ? t('borrowers.callNextAllowed', { time: utcTime(call.next) })
            : t('borrowers.callNoTimeYet')}
        </>
      ) : (
        props.error.message
      )}
    </p>
  );
}
