import { PanelLeftClose, PanelLeftOpen, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useI18n } from '../i18n/use-i18n';

/**
 * Hides or shows a side panel (the steps palette on the left, the inspector on the right), so
 * the canvas can take the screen. It sits on the canvas's edge beside the panel it controls.
 */
export function PanelToggle({
  side,
  panelId,
  name,
  open,
  onToggle,
}: {
  side: 'left' | 'right';
  panelId: string;
  name: string;
  open: boolean;
  onToggle: () => void;
}) {
  const Icon =
    side === 'left'
      ? open
        ? PanelLeftClose
        : PanelLeftOpen
      : open
        ? PanelRightClose
        : PanelRightOpen;
  const { t } = useI18n();
  const label = t(open ? 'editor.panel.hide' : 'editor.panel.show', { name });
  return (
    <button
      type="button"
      className={`icon-button panel-toggle panel-toggle-${side}`}
      aria-label={label}
      title={label}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
    >
      <Icon size={16} aria-hidden />
    </button>
  );
}
