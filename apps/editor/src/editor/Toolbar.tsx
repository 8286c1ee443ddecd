import {
  ArrowLeft,
  ChartLine,
  Braces,
  Download,
  History,
  LayoutGrid,
  Maximize,
  Play,
  Redo2,
  Send,
  Undo2,
  Users,
  Workflow,
} from 'lucide-react';
import { useStore } from 'zustand';
import { useDocument } from '../document/document-store';
import { redo, undo } from '../document/history';
import { useI18n, type I18n } from '../i18n/use-i18n';
import type { SaveStatus } from '../journeys/autosaver';

export type EditorView = 'canvas' | 'code';
export type SidePanel = 'simulate' | 'history' | 'audience' | 'results' | null;

function statusText(status: SaveStatus, { t, format }: I18n): string {
  switch (status.state) {
    case 'saved':
      return status.at
        ? t('editor.save.savedAt', { time: format.time(status.at) })
        : t('editor.save.saved');
    case 'pending':
      return t('editor.save.pending');
    case 'saving':
      return t('editor.save.saving');
    case 'error':
      return t('editor.save.error', { reason: status.message });
    case 'conflict':
      return t('editor.save.conflict');
  }
}

/** The editor's top bar: back, name, save state, undo/redo, layout, views, panels, publish. */
export function Toolbar(props: {
  status: SaveStatus;
  view: EditorView;
  panel: SidePanel;
  onBack: () => void;
  onView: (view: EditorView) => void;
  onPanel: (panel: SidePanel) => void;
  onTidy: () => void;
  onFit: () => void;
  onExport: () => void;
  onPublish: () => void;
}) {
  const name = useDocument((s) =>
    typeof s.meta.name === 'string' && s.meta.name ? s.meta.name : s.meta.id,
  );
  const canUndo = useStore(useDocument.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocument.temporal, (s) => s.futureStates.length > 0);
  const { status, view, panel } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const toggle = (which: Exclude<SidePanel, null>) => props.onPanel(panel === which ? null : which);
  return (
    <header className="topbar editor-topbar">
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.toolbar.back')}
        onClick={props.onBack}
      >
        <ArrowLeft size={18} aria-hidden="true" />
      </button>
      <h1 className="topbar-title" title={name}>
        {name}
      </h1>
      <span className={`save-status save-${status.state}`} role="status" data-testid="save-status">
        {statusText(status, i18n)}
      </span>
      <span className="spacer" />
      <div className="toolbar-group" role="group" aria-label={t('editor.toolbar.edit')}>
        <button
          type="button"
          className="icon-button"
          aria-label={t('editor.toolbar.undo')}
          title={t('editor.toolbar.undo')}
          disabled={!canUndo}
          onClick={undo}
        >
          <Undo2 size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('editor.toolbar.redo')}
          title={t('editor.toolbar.redo')}
          disabled={!canRedo}
          onClick={redo}
        >
          <Redo2 size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label={t('editor.toolbar.tidy')}
          title={t('editor.toolbar.tidy')}
          onClick={props.onTidy}
          disabled={view !== 'canvas'}
        >
          <LayoutGrid size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label={t('editor.toolbar.fit')}
          title={t('editor.toolbar.fit')}
          onClick={props.onFit}
          disabled={view !== 'canvas'}
        >
          <Maximize size={18} aria-hidden="true" />
        </button>
      </div>
      <div className="segmented" role="group" aria-label={t('editor.toolbar.view')}>
        <button
          type="button"
          aria-label={t('editor.toolbar.canvas')}
          title={t('editor.toolbar.canvas')}
          aria-pressed={view === 'canvas'}
          onClick={() => props.onView('canvas')}
        >
          <Workflow size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.canvas')}</span>
        </button>
        <button
          type="button"
          aria-label={t('editor.toolbar.code')}
          title={t('editor.toolbar.codeTitle')}
          aria-pressed={view === 'code'}
          onClick={() => props.onView('code')}
        >
          <Braces size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.code')}</span>
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label={t('editor.toolbar.panels')}>
        <button
          type="button"
          className="button"
          aria-label={t('editor.toolbar.simulate')}
          title={t('editor.toolbar.simulateTitle')}
          aria-pressed={panel === 'simulate'}
          onClick={() => toggle('simulate')}
        >
          <Play size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.simulate')}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('editor.toolbar.history')}
          title={t('editor.toolbar.historyTitle')}
          aria-pressed={panel === 'history'}
          onClick={() => toggle('history')}
        >
          <History size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.history')}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('editor.toolbar.audience')}
          title={t('editor.toolbar.audienceTitle')}
          aria-pressed={panel === 'audience'}
          onClick={() => toggle('audience')}
        >
          <Users size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.audience')}</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('editor.toolbar.results')}
          title={t('editor.toolbar.resultsTitle')}
          aria-pressed={panel === 'results'}
          onClick={() => toggle('results')}
        >
          <ChartLine size={16} aria-hidden="true" />{' '}
          <span className="label-wide">{t('editor.toolbar.results')}</span>
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label={t('editor.toolbar.export')}
          title={t('editor.toolbar.export')}
          onClick={props.onExport}
        >
          <Download size={18} aria-hidden="true" />
        </button>
      </div>
      <button
        type="button"
        className="button button-primary"
        aria-label={t('editor.toolbar.publish')}
        onClick={props.onPublish}
      >
        <Send size={16} aria-hidden="true" />{' '}
        <span className="label-phone">{t('editor.toolbar.publish')}</span>
      </button>
    </header>
  );
}
