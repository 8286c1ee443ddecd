import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * A modal dialog for one action on one key (revoke, rotate): the browser's own <dialog>, so
 * focus is trapped, Escape cancels, and focus returns to the button that opened it.
 */
export function KeyDialog(props: {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
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
      aria-labelledby="key-dialog-title"
      onClose={props.onClose}
    >
      <h2 id="key-dialog-title" className="panel-title">
        {props.title}
      </h2>
      {props.children}
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog-actions">
        {/* Focus starts on Cancel: the safe choice for an action that cannot be undone. */}
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          {t('settings.cancel')}
        </button>
        <button
          type="button"
          className={`button ${props.danger ? 'button-danger-solid' : 'button-primary'}`}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
