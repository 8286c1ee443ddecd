import type { Condition } from '@tandem/dsl';
import { Pause, Rocket, Search, Square, Users, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Launch, LaunchApi, LaunchPreview, LaunchSettings } from '../api/launch-api';
import { useI18n } from '../i18n/use-i18n';
import { ConditionBuilder } from '../inspector/condition/ConditionBuilder';
import { audienceFacts, defaultRules } from './audience-facts';
import { ConfirmAction } from './ConfirmAction';
import { PreviewResult } from './PreviewResult';

type Pending = 'start' | 'pause' | 'stop' | null;

const statusWords: Record<Launch['status'], string> = {
  draft: 'Not launched',
  live: 'Live',
  paused: 'Paused',
  stopped: 'Stopped',
};

const message = (problem: unknown, fallback: string) =>
  problem instanceof Error ? problem.message : fallback;

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

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
  const { t } = useI18n();
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
      (problem: unknown) => current && setError(message(problem, 'could not load the launch')),
    );
    return () => {
      current = false;
    };
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

  const save = () => run(async () => setLaunch(await api.save(journeyId, settings)), 'not saved');
  const runPreview = () =>
    run(async () => {
      const { rules, holdoutPercent } = settings;
      setPreview(await api.preview(journeyId, { rules, holdoutPercent }));
    }, 'no preview');

  const act = (action: Exclude<Pending, null>) =>
    run(async () => {
      // Launching launches what is on screen.
      if (action === 'start') await api.save(journeyId, settings);
      const result = await api.act(journeyId, action);
      setLaunch(result.launch);
      setPending(null);
      setPreview(null);
      if (action === 'start') {
        onMessage(
          `Launched: ${plural(result.enrolled, 'account', 'accounts')} enrolled, ${result.heldOut.toLocaleString()} held out`,
        );
      } else if (action === 'stop') {
        onMessage(`Stopped: ${plural(result.cancelled, 'enrollment', 'enrollments')} cancelled`);
      } else onMessage('Paused: no new entries; running enrollments continue');
    }, `could not ${action}`);

  const status = launch?.status ?? 'draft';
  const confirm = confirmation(pending, launch, preview);

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
        <strong>{statusWords[status]}</strong>
        {launch && (
          <span className="field-help">
            {' '}
            · {plural(launch.liveEnrollments, 'running enrollment', 'running enrollments')} ·{' '}
            {launch.heldOut.toLocaleString()} held out
          </span>
        )}
      </p>
      {!published && (
        <p className="field-help" role="note">
          Publish the journey first: a launch enrolls accounts in its latest published version.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <span className="field-label" id="entry-rules-label">
          Who enters
        </span>
        <ConditionBuilder
          label="Entry rules"
          value={settings.rules}
          onChange={(rules: Condition) => set({ rules })}
          facts={audienceFacts}
        />
      </div>
      <div className="launch-numbers">
        <NumberField
          label="Priority"
          help="Lower goes first when several launches match"
          value={settings.priority}
          min={0}
          max={1_000_000}
          onChange={(priority) => set({ priority })}
        />
        <NumberField
          label="Holdout %"
          help="Kept out, to measure the journey"
          value={settings.holdoutPercent}
          min={0}
          max={50}
          onChange={(holdoutPercent) => set({ holdoutPercent })}
        />
        <NumberField
          label="Cool-off (days)"
          help="Before re-entering after leaving"
          value={settings.reentryCooloffDays}
          min={0}
          max={3650}
          onChange={(reentryCooloffDays) => set({ reentryCooloffDays })}
        />
      </div>
      <div className="version-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void runPreview()}>
          <Search size={14} aria-hidden="true" /> Preview
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          Save audience
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
            <Rocket size={14} aria-hidden="true" /> Launch
          </button>
        )}
        {status === 'live' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setPending('pause')}
          >
            <Pause size={14} aria-hidden="true" /> Pause
          </button>
        )}
        {(status === 'live' || status === 'paused') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setPending('stop')}
          >
            <Square size={14} aria-hidden="true" /> Stop
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

function confirmation(pending: Pending, launch: Launch | null, preview: LaunchPreview | null) {
  const running = launch?.liveEnrollments ?? 0;
  switch (pending) {
    case 'start':
      return {
        title: 'Launch this journey?',
        message: preview
          ? `${plural(preview.wouldEnroll, 'account', 'accounts')} will be enrolled now and ${preview.wouldHoldOut.toLocaleString()} held out; accounts that match later enter as they do.`
          : 'Every account that matches now is enrolled at once (press Preview to see how many); accounts that match later enter as they do.',
        confirmLabel: preview ? `Launch to ${preview.wouldEnroll.toLocaleString()}` : 'Launch',
      };
    case 'pause':
      return {
        title: 'Pause this launch?',
        message: `No new accounts will enter. The ${plural(running, 'running enrollment continues', 'running enrollments continue')}.`,
        confirmLabel: 'Pause',
      };
    case 'stop':
      return {
        title: 'Stop this launch?',
        message: `No new accounts will enter, and ${plural(running, 'running enrollment', 'running enrollments')} will be cancelled now.`,
        confirmLabel: `Stop and cancel ${running.toLocaleString()}`,
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
