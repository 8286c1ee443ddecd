import type { Condition } from '@tandem/dsl';
import { Pause, Rocket, Search, Square, Users, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Launch, LaunchApi, LaunchPreview, LaunchSettings } from '../api/launch-api';
import type { MessageKey } from '../i18n/message-keys';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { ConditionBuilder } from '../inspector/condition/ConditionBuilder';
import { audienceFacts, defaultRules } from './audience-facts';
import { ConfirmAction } from './ConfirmAction';
import { PreviewResult } from './PreviewResult';

type Pending = 'start' | 'pause' | 'stop' | null;

const statusWords: Record<Launch['status'], MessageKey> = {
  draft: 'audience.status.draft',
  live: 'audience.status.live',
  paused: 'audience.status.paused',
  stopped: 'audience.status.stopped',
};

const message = (problem: unknown, fallback: string) =>
  problem instanceof Error ? problem.message : fallback;

/**
 * Who enters a published journey on their own: entry rules in the branch's condition builder,
 * priority, holdout and cool-off, a preview of what launching would do now, and launch, pause
 * and stop behind a confirmation that names how many borrowers it touches.
 */
export function AudiencePanel({
  api,
  journeyId,
  published,
  onClose,
  onMessage,
}: {
  api: LaunchApi;
  journeyId: string;
  /** Whether the journey has a published version (launching enrolls the latest). */
  published: boolean;
  onClose: () => void;
  onMessage: (text: string) => void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [launch, setLaunch] = useState<Launch | null>(null);
  const [settings, setSettings] = useState<LaunchSettings>({
    rules: defaultRules,
    priority: 100,
    holdoutPercent: 10,
    reentryCooloffDays: 30,
  });
  const [preview, setPreview] = useState<LaunchPreview | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.get(journeyId).then(
      (found) => {
        if (!current || !found) return;
        setLaunch(found);
        const { rules, priority, holdoutPercent, reentryCooloffDays } = found;
        setSettings({ rules, priority, holdoutPercent, reentryCooloffDays });
      },
      (problem: unknown) => current && setError(message(problem, t('audience.error.load'))),
    );
    return () => {
      current = false;
    };
    // `t` is left out: a language change must not load the launch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, journeyId]);

  const set = (patch: Partial<LaunchSettings>) => {
    setSettings((before) => ({ ...before, ...patch }));
    setPreview(null);
  };

  const run = async (work: () => Promise<void>, fallback: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (problem) {
      setError(message(problem, fallback));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => setLaunch(await api.save(journeyId, settings)), t('audience.error.save'));
  const runPreview = () =>
    run(async () => {
      const { rules, holdoutPercent } = settings;
      setPreview(await api.preview(journeyId, { rules, holdoutPercent }));
    }, t('audience.error.preview'));

  const act = (action: Exclude<Pending, null>) =>
    run(
      async () => {
        // Launching launches what is on screen.
        if (action === 'start') await api.save(journeyId, settings);
        const result = await api.act(journeyId, action);
        setLaunch(result.launch);
        setPending(null);
        setPreview(null);
        if (action === 'start') {
          onMessage(
            t('audience.done.launched', {
              enrolled: result.enrolled,
              heldOut: format.number(result.heldOut),
            }),
          );
        } else if (action === 'stop') {
          onMessage(t('audience.done.stopped', { cancelled: result.cancelled }));
        } else onMessage(t('audience.done.paused'));
      },
      t('audience.error.action', { action }),
    );

  const status = launch?.status ?? 'draft';
  const confirm = confirmation(pending, launch, preview, i18n);

  return (
    <section className="side-panel audience-panel" aria-label={t('audience.title')}>
      <header className="side-panel-head">
        <h2 className="panel-title">
          <Users size={16} aria-hidden="true" /> {t('audience.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('audience.close')}
          onClick={onClose}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <p className={`launch-status launch-${status}`} data-testid="launch-status">
        <strong>{t(statusWords[status])}</strong>
        {launch && (
          <span className="field-help">
            {' · '}
            {t('audience.statusDetail', {
              running: launch.liveEnrollments,
              heldOut: format.number(launch.heldOut),
            })}
          </span>
        )}
      </p>
      {!published && (
        <p className="field-help" role="note">
          {t('audience.publishFirst')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <span className="field-label" id="entry-rules-label">
          {t('audience.whoEnters')}
        </span>
        <ConditionBuilder
          label={t('audience.entryRules')}
          value={settings.rules}
          onChange={(rules: Condition) => set({ rules })}
          facts={audienceFacts}
        />
      </div>
      <div className="launch-numbers">
        <NumberField
          label={t('audience.priority')}
          help={t('audience.priorityHelp')}
          value={settings.priority}
          min={0}
          max={1_000_000}
          onChange={(priority) => set({ priority })}
        />
        <NumberField
          label={t('audience.holdout')}
          help={t('audience.holdoutHelp')}
          value={settings.holdoutPercent}
          min={0}
          max={50}
          onChange={(holdoutPercent) => set({ holdoutPercent })}
        />
        <NumberField
          label={t('audience.cooloff')}
          help={t('audience.cooloffHelp')}
          value={settings.reentryCooloffDays}
          min={0}
          max={3650}
          onChange={(reentryCooloffDays) => set({ reentryCooloffDays })}
        />
      </div>
      <div className="version-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void runPreview()}>
          <Search size={14} aria-hidden="true" /> {t('audience.preview')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {t('audience.save')}
        </button>
      </div>
      {preview && <PreviewResult preview={preview} />}
      <div className="version-actions launch-actions">
        {status !== 'live' && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !published}
            onClick={() => setPending('start')}
          >
            <Rocket size={14} aria-hidden="true" /> {t('audience.launch')}
          </button>
        )}
        {status === 'live' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setPending('pause')}
          >
            <Pause size={14} aria-hidden="true" /> {t('audience.pause')}
          </button>
        )}
        {(status === 'live' || status === 'paused') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setPending('stop')}
          >
            <Square size={14} aria-hidden="true" /> {t('audience.stop')}
          </button>
        )}
      </div>
      {pending && confirm && (
        <ConfirmAction
          {...confirm}
          busy={busy}
          onConfirm={() => void act(pending)}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
}

function confirmation(
  pending: Pending,
  launch: Launch | null,
  preview: LaunchPreview | null,
  { t, format }: I18n,
) {
  const running = launch?.liveEnrollments ?? 0;
  switch (pending) {
    case 'start':
      return {
        title: t('audience.confirm.startTitle'),
        message: preview
          ? t('audience.confirm.startCounted', {
              enroll: preview.wouldEnroll,
              heldOut: format.number(preview.wouldHoldOut),
            })
          : t('audience.confirm.startUncounted'),
        confirmLabel: preview
          ? t('audience.confirm.launchTo', { count: format.number(preview.wouldEnroll) })
          : t('audience.launch'),
      };
    case 'pause':
      return {
        title: t('audience.confirm.pauseTitle'),
        message: t('audience.confirm.pauseMessage', { running }),
        confirmLabel: t('audience.pause'),
      };
    case 'stop':
      return {
        title: t('audience.confirm.stopTitle'),
        message: t('audience.confirm.stopMessage', { running }),
        confirmLabel: t('audience.confirm.stopLabel', { count: format.number(running) }),
        danger: true,
      };
    default:
      return null;
  }
}

function NumberField({
  label,
  help,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className="input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          const next = Math.round(Number(event.target.value));
          if (Number.isFinite(next)) onChange(Math.min(max, Math.max(min, next)));
        }}
      />
      <span className="field-help">{help}</span>
    </label>
  );
}
