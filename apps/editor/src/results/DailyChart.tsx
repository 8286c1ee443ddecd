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

const series = [
  { key: 'enrollments', name: 'Enrollments', color: '#2563eb' },
  { key: 'sends', name: 'Sends', color: '#7c3aed' },
  { key: 'payments', name: 'Payments', color: '#15803d' },
  { key: 'resolutions', name: 'Resolutions', color: '#b45309' },
] as const;

/** Daily enrollments, sends, payments and resolutions (recharts), with a table for screen readers. */
export function DailyChart(props: { days: DailyPoint[]; title: string }) {
  return (
    <figure className="results-chart" aria-label={props.title}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={props.days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
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
