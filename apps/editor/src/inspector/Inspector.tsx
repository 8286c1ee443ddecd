import { memo } from 'react';
import { useDocument } from '../document/document-store';
import { JourneySettings } from './JourneySettings';
import { NodeInspector } from './NodeInspector';

/** The right-hand panel: the selected step's form, or the journey's settings. */
export const Inspector = memo(function Inspector() {
  // An id or a count: both stay equal while a node is dragged, so the form does not re-render.
  const selected = useDocument((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0]?.id : picked.length;
  });
  return (
    <aside id="inspector" className="inspector" aria-label="Inspector">
      {typeof selected === 'string' ? (
        <NodeInspector key={selected} nodeId={selected} />
      ) : selected !== undefined && selected > 1 ? (
        <section className="inspector-body">
          <h2 className="panel-title">{selected} steps selected</h2>
          <p className="field-help">
            Drag to move them together, Delete to remove them, Ctrl+C / Ctrl+V to copy them (also
            into another journey).
          </p>
        </section>
      ) : (
        <JourneySettings />
      )}
    </aside>
  );
});
