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
import type { SaveStatus } from '../journeys/autosaver';

export type EditorView = 'canvas' | 'code';
export type SidePanel = 'simulate' | 'history' | 'audience' | 'results' | null;

function statusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return status.at
        ? `Saved ${status.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
        : 'Saved';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${status.message}`;
    case 'conflict':
      return 'Not saved: changed elsewhere';
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
  const toggle = (which: Exclude<SidePanel, null>) => props.onPanel(panel === which ? null : which);
  return (
    <header className="topbar editor-topbar">
      <button
        type="button"
        className="icon-button"
        aria-label="Back to journeys"
        onClick={props.onBack}
      >
        <ArrowLeft size={18} aria-hidden="true" />
      </button>
      <h1 className="topbar-title" title={name}>
        {name}
      </h1>
      <span className={`save-status save-${status.state}`} role="status" data-testid="save-status">
        {statusText(status)}
      </span>
      <span className="spacer" />
      <div className="toolbar-group" role="group" aria-label="Edit">
        <button
          type="button"
          className="icon-button"
          aria-label="Undo (Ctrl+Z)"
          title="Undo (Ctrl+Z)"
          disabled={!canUndo}
          onClick={undo}
        >
          <Undo2 size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Redo (Ctrl+Shift+Z)"
          title="Redo (Ctrl+Shift+Z)"
          disabled={!canRedo}
          onClick={redo}
        >
          <Redo2 size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label="Tidy up (auto-layout)"
          title="Tidy up (auto-layout)"
          onClick={props.onTidy}
          disabled={view !== 'canvas'}
        >
          <LayoutGrid size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label="Zoom to fit"
          title="Zoom to fit"
          onClick={props.onFit}
          disabled={view !== 'canvas'}
        >
          <Maximize size={18} aria-hidden="true" />
        </button>
      </div>
      <div className="segmented" role="group" aria-label="View">
        <button
          type="button"
          aria-label="Canvas"
          title="Canvas"
          aria-pressed={view === 'canvas'}
          onClick={() => props.onView('canvas')}
        >
          <Workflow size={16} aria-hidden="true" /> <span className="label-wide">Canvas</span>
        </button>
        <button
          type="button"
          aria-label="Code"
          title="Code (JSON)"
          aria-pressed={view === 'code'}
          onClick={() => props.onView('code')}
        >
          <Braces size={16} aria-hidden="true" /> <span className="label-wide">Code</span>
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Panels">
        <button
          type="button"
          className="button"
          aria-label="Simulate"
          title="Simulate a borrower"
          aria-pressed={panel === 'simulate'}
          onClick={() => toggle('simulate')}
        >
          <Play size={16} aria-hidden="true" /> <span className="label-wide">Simulate</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label="History"
          title="Version history"
          aria-pressed={panel === 'history'}
          onClick={() => toggle('history')}
        >
          <History size={16} aria-hidden="true" /> <span className="label-wide">History</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label="Audience"
          title="Launch to an audience"
          aria-pressed={panel === 'audience'}
          onClick={() => toggle('audience')}
        >
          <Users size={16} aria-hidden="true" /> <span className="label-wide">Audience</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label="Results"
          title="Results of a published version on the canvas"
          aria-pressed={panel === 'results'}
          onClick={() => toggle('results')}
        >
          <ChartLine size={16} aria-hidden="true" /> <span className="label-wide">Results</span>
        </button>
        <button
          type="button"
          className="icon-button hide-narrow"
          aria-label="Export JSON"
          title="Export JSON"
          onClick={props.onExport}
        >
          <Download size={18} aria-hidden="true" />
        </button>
      </div>
      <button
        type="button"
        className="button button-primary"
        aria-label="Publish"
        onClick={props.onPublish}
      >
        <Send size={16} aria-hidden="true" /> <span className="label-phone">Publish</span>
      </button>
    </header>
  );
}
