import { journeyPolicySchema } from '@tandem/dsl';
import { useMemo, useState } from 'react';
import { useDocument } from '../document/document-store';
import { useSteps } from '../document/use-steps';
import { useI18n } from '../i18n/use-i18n';
import { usePolicyFieldText } from './policy-field-text';
import { edit } from '../document/history';
import { useProblems } from '../validation/problems-store';
import { useProblemText } from '../validation/use-problem-text';
import { JourneyNameField } from './JourneyNameField';
import { journeyLocales } from './locales';
import { SchemaForm } from './schema-form/SchemaForm';

const setMeta = (key: string, value: unknown) =>
  edit((s) => {
    if (value === undefined) {
      const { [key]: _removed, ...rest } = s.meta;
      return { meta: { ...rest, id: s.meta.id } };
    }
    return { meta: { ...s.meta, [key]: value } };
  }, `meta.${key}`);

/** When no step is selected: the journey's name, languages, first step and contact policy. */
export function JourneySettings() {
  const meta = useDocument((s) => s.meta);
  const nodes = useSteps();
  const problems = useProblems((s) => s.problems);
  const { t } = useI18n();
  const policyText = usePolicyFieldText();
  const textOf = useProblemText();
  const locales = useMemo(() => journeyLocales(meta), [meta]);
  const policyProblems = useMemo(
    () =>
      problems
        .filter((p) => p.path[0] === 'policy')
        .map((p) => ({ path: p.path.slice(1), message: textOf(p) })),
    [problems, textOf],
  );
  const journeyProblems = problems.filter((p) => !p.nodeId && p.path[0] !== 'policy');
  const policy =
    meta.policy !== null && typeof meta.policy === 'object'
      ? (meta.policy as Record<string, unknown>)
      : {};

  return (
    <section className="inspector-body" aria-label={t('inspector.journey.title')}>
      <h2 className="panel-title">{t('inspector.journey.title')}</h2>
      <p className="field-help">{t('inspector.journey.selectStep')}</p>
      {journeyProblems.length > 0 && (
        <ul className="inspector-problems" aria-label={t('inspector.journey.problems')}>
          {journeyProblems.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              {textOf(p)}
            </li>
          ))}
        </ul>
      )}
      <JourneyNameField
        name={typeof meta.name === 'string' ? meta.name : ''}
        onRename={(name) => setMeta('name', name)}
      />
      <div className="field">
        <label className="field-label" htmlFor="journey-description">
          {t('inspector.journey.description')}
        </label>
        <textarea
          id="journey-description"
          className="input"
          rows={3}
          value={typeof meta.description === 'string' ? meta.description : ''}
          onChange={(event) => setMeta('description', event.target.value || undefined)}
        />
      </div>
      <LocalesField key={locales.join(',')} locales={locales} />
      <div className="field">
        <label className="field-label" htmlFor="journey-default-locale">
          {t('inspector.journey.defaultLocale')}
        </label>
        <select
          id="journey-default-locale"
          className="input"
          value={typeof meta.defaultLocale === 'string' ? meta.defaultLocale : ''}
          onChange={(event) => setMeta('defaultLocale', event.target.value)}
        >
          {locales.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        <p className="field-help">{t('inspector.journey.defaultLocaleHelp')}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="journey-start">
          {t('inspector.journey.start')}
        </label>
        <select
          id="journey-start"
          className="input"
          value={typeof meta.start === 'string' ? meta.start : ''}
          onChange={(event) => setMeta('start', event.target.value)}
        >
          <option value="">{t('inspector.journey.choose')}</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.data.label ?? n.id}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field-group">
        <legend className="field-label">{t('inspector.journey.policy')}</legend>
        <p className="field-help">{t('inspector.journey.policyHelp')}</p>
        <SchemaForm
          schema={journeyPolicySchema}
          value={policy}
          locales={locales}
          problems={policyProblems}
          coalesceKey="policy"
          fieldText={policyText}
          onChange={(next) => setMeta('policy', next)}
        />
      </fieldset>
    </section>
  );
}

/** Languages as a comma-separated list ("en, vi"); written when the field is left. */
function LocalesField({ locales }: { locales: string[] }) {
  const [text, setText] = useState(locales.join(', '));
  const { t } = useI18n();
  const commit = () => {
    const next = text
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    if (next.length > 0 && next.join(',') !== locales.join(',')) setMeta('locales', next);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor="journey-locales">
        {t('inspector.journey.locales')}
      </label>
      <input
        id="journey-locales"
        className="input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        aria-describedby="journey-locales-help"
      />
      <p id="journey-locales-help" className="field-help">
        {t('inspector.journey.localesHelp')}
      </p>
    </div>
  );
}
