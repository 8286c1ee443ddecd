import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DailyPoint } from '../api/results-api';
import { useI18n } from '../i18n/use-i18n';

const series = [
  { key: 'enrollments', name: 'results.series.enrollments', color: '#2563eb' },
  { key: 'sends', name: 'results.series.sends', color: '#7c3aed' },
  { key: 'payments', name: 'results.series.payments', color: '#15803d' },
  { key: 'resolutions', name: 'results.series.resolutions', color: '#b45309' },
] as const;

/** Daily enrollments, sends, payments and resolutions (recharts), with a table for screen readers. */
export function DailyChart(props: { days: DailyPoint[]; title: string }) {
  const { t, format } = useI18n();
  return (
    <figure className="results-chart" aria-label={props.title}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={props.days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} />
          <YAxis
            allowDecimals={false}
            tick={{ fontSize: 12 }}
            tickFormatter={(value: number) => format.number(value)}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.number(value) : value)}
          />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={t(s.name)}
              stroke={s.color}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">{props.title}</figcaption>
    </figure>
  );
}
