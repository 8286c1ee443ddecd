import type { StepResults } from '../api/results-api';
import { useI18n } from '../i18n/use-i18n';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { exitName } from '../catalogue/outcome-name';
import { duration } from './format';
import { reasonCounts } from './reason-words';

/** One row per step: entered, there now, exits by port with shares, messages, time at the step. */
export function StepsTable(props: { steps: StepResults[]; caption: string }) {
  const i18n = useI18n();
  const { t, intl, format, locale } = i18n;
  const reasons = (counts: Record<string, number>) => reasonCounts(counts, i18n);
  const typeName = (type: string | null | undefined) => {
    const definition = type ? catalogue.get(type) : undefined;
    return definition ? nodeText(definition, locale).label : type;
  };
  return (
    <table className="results-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.steps.step')}</th>
          <th scope="col">{t('results.steps.entered')}</th>
          <th scope="col">{t('results.steps.now')}</th>
          <th scope="col">{t('results.steps.leftBy')}</th>
          <th scope="col">{t('results.steps.messages')}</th>
          <th scope="col">{t('results.steps.time')}</th>
        </tr>
      </thead>
      <tbody>
        {props.steps.map((step) => (
          <tr key={step.nodeId}>
            <th scope="row">
              {step.nodeId}
              <span className="results-step-type">
                {typeName(step.type) ?? t('results.steps.unknownType')}
              </span>
            </th>
            <td>{format.number(step.entered)}</td>
            <td>{format.number(step.now)}</td>
            <td>
              {step.ports.length === 0
                ? step.ended > 0
                  ? t('results.steps.ended', { count: format.number(step.ended) })
                  : '—'
                : format.list(
                    step.ports.map((p) =>
                      t('results.steps.port', {
                        port: exitName(step.type, undefined, p.port, locale),
                        count: format.number(p.count),
                        share: format.percent(p.share),
                      }),
                    ),
                  )}
            </td>
            <td>
              {step.messages.length === 0
                ? '—'
                : step.messages.map((m) => (
                    <div key={m.channel}>
                      {t('results.steps.channel', {
                        channel: m.channel,
                        sent: format.number(m.sent),
                        delivered: format.number(m.delivered),
                        read: format.number(m.read),
                        failed: format.number(m.failed),
                        deferred: reasons(m.deferred),
                        suppressed: reasons(m.suppressed),
                      })}
                    </div>
                  ))}
            </td>
            <td>
              {duration(step.secondsAtStep.median, intl)} / {duration(step.secondsAtStep.p90, intl)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
