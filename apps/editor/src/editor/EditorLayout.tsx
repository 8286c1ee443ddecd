import { lazy, Suspense, useCallback, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import { useApi } from '../api/client';
import { AudiencePanel } from '../audience/AudiencePanel';
import type { StoredJourney, VersionSummary } from '../api/journey-types';
import { useLocation } from 'wouter';
import { Canvas } from '../canvas/Canvas';
import { useHighlight } from '../canvas/highlight-store';
import { useCanvasActions } from '../canvas/use-canvas-actions';
import { useShortcuts } from '../canvas/use-shortcuts';
import { CompareCanvas } from '../history/CompareCanvas';
import { HistoryPanel } from '../history/HistoryPanel';
import { compareVersions, type VersionComparison } from '../history/version-compare';
import { useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';
import { Inspector } from '../inspector/Inspector';
import { useAutosave } from '../journeys/use-autosave';
import { Palette } from '../palette/Palette';
import { usePaletteDrop } from '../canvas/use-palette-drop';
import { CanvasResultsPanel } from '../results/CanvasResultsPanel';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { useValidation } from '../validation/use-validation';
import { DraftConflictDialog } from './DraftConflictDialog';
import { exportJourney } from './export-journey';
import { PanelToggle } from './PanelToggle';
import { ProblemsPanel } from './ProblemsPanel';
import { PublishDialog } from './PublishDialog';
import { Toolbar, type EditorView, type SidePanel } from './Toolbar';
import { useToast } from './use-toast';
import { useI18n } from '../i18n/use-i18n';

// Monaco is large: it loads when the code view is first opened, not with the canvas.
const CodeView = lazy(() => import('../code/CodeView'));

/** The editor: palette, canvas (or code), inspector, problems, and the side panels. */
export function EditorLayout({
  api,
  journey,
  savedText,
  onReload,
}: {
  api: JourneysApi;
  journey: StoredJourney;
  savedText: string;
  /** Opens this saved draft instead of the one on screen (after a conflict). */
  onReload: (saved: StoredJourney) => void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<EditorView>('canvas');
  const [, navigate] = useLocation();
  const [panel, setPanel] = useState<SidePanel>(null);
  const [publishing, setPublishing] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(true);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [versions, setVersions] = useState<VersionSummary[]>(journey.versions);
  const [toast, showToast] = useToast();
  const { launches } = useApi();
  const [comparing, setComparing] = useState<{
    caption: string;
    comparison: VersionComparison;
  } | null>(null);
  const caption = useHighlight((s) => s.caption);
  const { addAtCentre, focusNode, tidyUp, fit } = useCanvasActions();
  const { status, flush, overwrite, adoptEtag } = useAutosave(
    api,
    journey.id,
    savedText,
    journey.draftEtag,
  );
  useValidation();
  useShortcuts(showToast);

  const focus = useCallback(
    (id: string) => {
      setView('canvas');
      focusNode(id);
    },
    [focusNode],
  );
  const dropFromPalette = usePaletteDrop(showToast);
  const addFromPalette = useCallback(
    (type: string) => {
      setView('canvas');
      addAtCentre(type);
    },
    [addAtCentre],
  );

  return (
    <div className={`editor${panel ? ' has-side-panel' : ''}`}>
      <Toolbar
        status={status}
        view={view}
        panel={panel}
        onBack={() => navigate('/journeys')}
        onView={setView}
        onPanel={setPanel}
        onTidy={tidyUp}
        onFit={fit}
        onExport={exportJourney}
        onPublish={() => setPublishing(true)}
      />
      <div className="editor-body">
        {paletteOpen && <Palette onAdd={addFromPalette} onDropAt={dropFromPalette} />}
        <main className="editor-main">
          <PanelToggle
            side="left"
            panelId="palette"
            name={t('editor.panel.steps')}
            open={paletteOpen}
            onToggle={() => setPaletteOpen((open) => !open)}
          />
          <PanelToggle
            side="right"
            panelId="inspector"
            name={t('editor.panel.inspector')}
            open={inspectorOpen}
            onToggle={() => setInspectorOpen((open) => !open)}
          />
          {view === 'canvas' && comparing ? (
            <CompareCanvas
              caption={comparing.caption}
              comparison={comparing.comparison}
              onClose={() => setComparing(null)}
            />
          ) : view === 'canvas' ? (
            <Canvas onMessage={showToast} />
          ) : (
            <Suspense fallback={<p className="screen-message">{t('editor.loadingCode')}</p>}>
              <CodeView />
            </Suspense>
          )}
          {caption && view === 'canvas' && <p className="canvas-caption">{caption}</p>}
          {toast && (
            <p className="toast" role="status">
              {toast}
            </p>
          )}
          <ProblemsPanel onFocusNode={focus} />
        </main>
        {panel === 'simulate' && (
          <SimulatePanel onFocusNode={focus} onClose={() => setPanel(null)} />
        )}
        {panel === 'history' && (
          <HistoryPanel
            api={api}
            journeyId={journey.id}
            versions={versions}
            onClose={() => setPanel(null)}
            onMessage={showToast}
            onRestored={(restored) => adoptEtag(restored.draftEtag)}
            onCompareVersions={(from, to) => {
              const documentOf = async (version: number | 'draft') =>
                version === 'draft'
                  ? writeDocument(useDocument.getState())
                  : (await api.version(journey.id, version)).document;
              void Promise.all([documentOf(from), documentOf(to)])
                .then(([a, b]) => {
                  setView('canvas');
                  setComparing({
                    caption:
                      to === 'draft'
                        ? t('editor.compare.toDraft', { from })
                        : t('editor.compare.between', { from, to }),
                    comparison: compareVersions(a, b),
                  });
                })
                .catch((problem: unknown) =>
                  showToast(
                    problem instanceof Error ? problem.message : t('editor.compare.failed'),
                  ),
                );
            }}
          />
        )}
        {panel === 'audience' && (
          <AudiencePanel
            api={launches}
            journeyId={journey.id}
            published={versions.length > 0}
            onClose={() => setPanel(null)}
            onMessage={showToast}
          />
        )}
        {panel === 'results' && (
          <CanvasResultsPanel
            journeyId={journey.id}
            versions={versions}
            onClose={() => setPanel(null)}
          />
        )}
        {inspectorOpen && <Inspector />}
      </div>
      {status.state === 'conflict' && (
        <DraftConflictDialog
          api={api}
          journeyId={journey.id}
          onReload={onReload}
          onOverwrite={overwrite}
        />
      )}
      {publishing && (
        <PublishDialog
          api={api}
          journeyId={journey.id}
          flush={flush}
          onClose={() => setPublishing(false)}
          onFocusNode={focus}
          onPublished={(published) => {
            setPublishing(false);
            showToast(
              published.created
                ? t('editor.publish.published', { version: published.version })
                : t('editor.publish.unchanged', { version: published.version }),
            );
            void api.get(journey.id).then((fresh) => setVersions(fresh.versions));
          }}
        />
      )}
    </div>
  );
}
