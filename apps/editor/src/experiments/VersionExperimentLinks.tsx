import { useQuery } from '@tanstack/react-query';
import { FlaskConical } from 'lucide-react';
import { Link } from 'wouter';
import { z } from 'zod';
import type { JourneysApi } from '../api/api-client';
import { useI18n } from '../i18n/use-i18n';

const splitNodes = z.object({
  nodes: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});

/**
 * Links to the experiment page of each A/B split in a published version (none when it has no
 * split). The version's document is read once and cached: published versions never change.
 */
export function VersionExperimentLinks(props: {
  api: JourneysApi;
  journeyId: string;
  version: number;
}) {
  const { api, journeyId, version } = props;
  const { t } = useI18n();
  const query = useQuery({
    queryKey: ['version', journeyId, version],
    queryFn: () => api.version(journeyId, version),
    staleTime: Infinity,
  });
  const parsed = splitNodes.safeParse(query.data?.document);
  const splits = parsed.success ? parsed.data.nodes.filter((n) => n.type === 'split') : [];
  if (splits.length === 0) return null;
  return (
    <ul className="version-experiments" aria-label={t('experiments.linksLabel', { version })}>
      {splits.map((s) => (
        <li key={s.id}>
          <Link
            href={`/journeys/${encodeURIComponent(journeyId)}/versions/${version}/experiments/${encodeURIComponent(s.id)}`}
          >
            <FlaskConical size={14} aria-hidden="true" /> {t('experiments.link', { id: s.id })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
