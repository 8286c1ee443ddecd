import type { StepResults } from '../api/results-api';
import { duration, percent } from './format';

const reasons = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ') || '—';

/** One row per step: entered, there now, exits by port with shares, messages, time at the step. */
export function StepsTable(props: { steps: StepResults[]; caption: string }) {
  return (
    <table className="results-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Entered</th>
          <th scope="col">Now</th>
          <th scope="col">Left by</th>
          <th scope="col">Messages</th>
          <th scope="col">Time at step (median / p90)</th>
        </tr>
      </thead>
      <tbody>
        {props.steps.map((step) => (
          <tr key={step.nodeId}>
            <th scope="row">
              {step.nodeId}
              <span className="results-step-type">{step.type ?? 'unknown'}</span>
            </th>
            <td>{step.entered}</td>
            <td>{step.now}</td>
            <td>
              {step.ports.length === 0
                ? step.ended > 0
                  ? `ended ${step.ended}`
                  : '—'
                : step.ports.map((p) => `${p.port} ${p.count} (${percent(p.share)})`).join(', ')}
            </td>
            <td>
              {step.messages.length === 0
                ? '—'
                : step.messages.map((m) => (
                    <div key={m.channel}>
                      {m.channel}: {m.sent} sent, {m.delivered} delivered, {m.read} read, {m.failed}{' '}
                      failed; deferred {reasons(m.deferred)}; suppressed {reasons(m.suppressed)}
                    </div>
                  ))}
            </td>
            <td>
              {duration(step.secondsAtStep.median)} / {duration(step.secondsAtStep.p90)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
