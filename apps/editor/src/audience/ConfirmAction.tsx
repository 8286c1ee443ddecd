import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/use-i18n';

/**
 * A modal question before an action that enrolls or cancels borrowers, naming how many; the
 * confirm button repeats the action's name so nobody confirms the wrong thing.
 */
export function ConfirmAction({
  title,
  message,
  confirmLabel,
  danger = false,
  busy,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-launch-title"
      onClose={onClose}
    >
      <h2 id="confirm-launch-title" className="panel-title">
        {title}
      </h2>
      <p data-testid="confirm-message">{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('audience.cancel')}
        </button>
        <button
          type="button"
          className={`button ${danger ? 'button-danger-solid' : 'button-primary'}`}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
