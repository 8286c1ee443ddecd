import { useRef, useState, type FormEvent } from 'react';
import type { JourneysApi } from '../api/api-client';
import { exampleJourneys } from './examples';
import { useI18n } from '../i18n/use-i18n';
import { isBlankName } from './journey-name';

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** Starts a journey: blank, from an example, or from a journey/v1 file. */
export function NewJourney({
  api,
  onCreated,
}: {
  api: JourneysApi;
  onCreated: (id: string) => void;
}) {
  const [name, setName] = useState('');
  const { t } = useI18n();
  const blankNameMessage = t('journeys.new.blankName');
  const [id, setId] = useState('');
  const [from, setFrom] = useState('blank');
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const journeyId = id || slug(name);
  // Only spaces is refused, but only once something was typed: an empty form is not an error.
  const blankName = name !== '' && isBlankName(name);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (isBlankName(name)) {
      setError(blankNameMessage);
      return;
    }
    try {
      const example = exampleJourneys.find((e) => e.id === from);
      const created = example
        ? await api.create({ ...example.document, id: journeyId, name: name || example.name })
        : await api.createBlank(journeyId, name);
      onCreated(created.id);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('journeys.new.createFailed'));
    }
  };

  const importFile = async (picked: File | undefined) => {
    if (!picked) return;
    setError(null);
    try {
      const document: unknown = JSON.parse(await picked.text());
      if (document === null || typeof document !== 'object' || Array.isArray(document)) {
        throw new Error(t('journeys.new.notJourney'));
      }
      const created = await api.create(document as Record<string, unknown>);
      onCreated(created.id);
    } catch (problem) {
      setError(
        t('journeys.new.importFailed', {
          reason: problem instanceof Error ? problem.message : t('journeys.new.unreadable'),
        }),
      );
    }
  };

  return (
    <section className="card new-journey" aria-labelledby="new-journey-heading">
      <h2 id="new-journey-heading" className="panel-title">
        {t('journeys.new.title')}
      </h2>
      <form className="new-journey-form" onSubmit={(event) => void create(event)}>
        <label>
          <span className="field-label">{t('journeys.new.name')}</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            aria-invalid={blankName}
            aria-describedby={blankName ? 'new-journey-name-error' : undefined}
            placeholder={t('journeys.new.namePlaceholder')}
          />
        </label>
        {blankName && (
          <p id="new-journey-name-error" className="field-error" role="alert">
            {blankNameMessage}
          </p>
        )}
        <label>
          <span className="field-label">{t('journeys.new.id')}</span>
          <input
            className="input"
            value={journeyId}
            onChange={(e) => setId(slug(e.target.value))}
            required
            pattern="[a-z0-9][a-z0-9\-_]*"
          />
        </label>
        <label>
          <span className="field-label">{t('journeys.new.from')}</span>
          <select className="input" value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="blank">{t('journeys.new.blank')}</option>
            {exampleJourneys.map((example) => (
              <option key={example.id} value={example.id}>
                {t('journeys.new.example', { name: example.name })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={!journeyId || isBlankName(name)}
        >
          {t('journeys.new.create')}
        </button>
        <span className="or">{t('journeys.new.or')}</span>
        <button type="button" className="button" onClick={() => file.current?.click()}>
          {t('journeys.new.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('journeys.new.importLabel')}
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
