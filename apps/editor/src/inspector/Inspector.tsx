import { memo } from 'react';
import { useDocument } from '../document/document-store';
import { useI18n } from '../i18n/use-i18n';
import { JourneySettings } from './JourneySettings';
import { NodeInspector } from './NodeInspector';

/** The right-hand panel: the selected step's form, or the journey's settings. */
export const Inspector = memo(function Inspector() {
  // An id or a count: both stay equal while a node is dragged, so the form does not re-render.
  const selected = useDocument((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0]?.id : picked.length;
  });
  const { t } = useI18n();
  return (
    <aside id="inspector" className="inspector" aria-label={t('inspector.label')}>
      {typeof selected === 'string' ? (
        <NodeInspector key={selected} nodeId={selected} />
      ) : selected !== undefined && selected > 1 ? (
        <section className="inspector-body">
          <h2 className="panel-title">{t('inspector.selected', { count: selected })}</h2>
          <p className="field-help">{t('inspector.selectedHelp')}</p>
        </section>
      ) : (
        <JourneySettings />
      )}
    </aside>
  );
});
