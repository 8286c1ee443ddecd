import { memo, type DragEvent } from 'react';
import { paletteGroups } from '../catalogue/catalogue';
import { NodeIcon } from '../canvas/node-icon';
import { nodeDragType } from '../canvas/drop-target';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import { useTouchDrag } from './use-touch-drag';

/**
 * The node catalogue by category. Drag an entry onto the canvas (or onto a connection to
 * insert it there), with the mouse, a finger or a pen; a click, a tap, Enter or Space adds it
 * in the middle of the view.
 */
export const Palette = memo(function Palette({
  onAdd,
  onDropAt,
}: {
  onAdd: (nodeType: string) => void;
  /** A finger or pen let go of an entry at this screen point. */
  onDropAt: (nodeType: string, clientX: number, clientY: number) => void;
}) {
  const { t, locale } = useI18n();
  const touch = useTouchDrag(onDropAt);
  const onDragStart = (event: DragEvent, nodeType: string) => {
    event.dataTransfer.setData(nodeDragType, nodeType);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav id="palette" className="palette" aria-label={t('canvas.palette.label')}>
      <h2 className="panel-title">{t('canvas.palette.title')}</h2>
      <p className="palette-hint">{t('canvas.palette.hint')}</p>
      {paletteGroups().map((group) => (
        <section
          key={group.category}
          className="palette-group"
          aria-labelledby={`palette-${group.category}`}
        >
          <h3 id={`palette-${group.category}`} className="palette-group-title">
            {t(group.label)}
          </h3>
          <ul>
            {group.definitions.map((definition) => {
              const text = nodeText(definition, locale);
              return (
                <li key={definition.type}>
                  <button
                    type="button"
                    className="palette-item"
                    draggable
                    data-node-type={definition.type}
                    onDragStart={(event) => onDragStart(event, definition.type)}
                    onPointerDown={(event) =>
                      touch.onPointerDown(event, definition.type, text.label)
                    }
                    onPointerMove={touch.onPointerMove}
                    onPointerUp={touch.onPointerUp}
                    onPointerCancel={touch.onPointerCancel}
                    onClick={() => {
                      if (!touch.wasDrag()) onAdd(definition.type);
                    }}
                    style={{ '--accent': definition.ui.colour } as React.CSSProperties}
                    title={text.help}
                  >
                    {/* The name is the visible text with "Add" before it, so what a voice-control
                      user reads on screen is part of what they say (label-content-name-mismatch). */}
                    <span className="palette-icon">
                      <NodeIcon name={definition.ui.icon} />
                    </span>
                    <span className="palette-text">
                      <span className="palette-label">
                        <span className="visually-hidden">{t('canvas.palette.addBefore')}</span>
                        {text.label}
                        <span className="visually-hidden">: </span>
                      </span>
                      <span className="palette-help">{text.help}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {touch.drag && (
        <div
          className="palette-ghost"
          aria-hidden="true"
          style={{ transform: `translate(${touch.drag.x}px, ${touch.drag.y}px)` }}
        >
          {touch.drag.label}
        </div>
      )}
    </nav>
  );
});
