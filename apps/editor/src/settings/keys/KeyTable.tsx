import type { KeyRecord } from '../../api/access-types';
import { useI18n } from '../../i18n/use-i18n';
import { roleLabelIds } from '../../shell/roles';
import { keyStatus } from './key-status';

function StatusCell({ keyRecord, now }: { keyRecord: KeyRecord; now: Date }) {
  const status = keyStatus(keyRecord, now);
  const { t, format } = useI18n();
  if (status.kind === 'revoked') {
    return (
      <span className="badge badge-muted">
        {t('settings.keys.revokedAt', { when: format.dateTime(status.at) })}
      </span>
    );
  }
  if (status.kind === 'expired') {
    return (
      <span className="badge badge-muted">
        {t('settings.keys.expiredAt', { when: format.dateTime(status.at) })}
      </span>
    );
  }
  return <span className="badge badge-ok">{t('settings.keys.active')}</span>;
}

/** Every key, newest first: who and what it is for, and whether it still works. No secrets. */
export function KeyTable(props: {
  keys: KeyRecord[];
  ownKeyId: string | null;
  now: Date;
  onRevoke: (key: KeyRecord) => void;
  onRotate: (key: KeyRecord) => void;
}) {
  const { t, format } = useI18n();
  const names = new Map(props.keys.map((k) => [k.id, k.name]));
  const sorted = [...props.keys].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <table className="journey-table key-table">
      <caption className="visually-hidden">{t('settings.keys.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.keys.name')}</th>
          <th scope="col">{t('settings.keys.role')}</th>
          <th scope="col">{t('settings.keys.col.key')}</th>
          <th scope="col">{t('settings.keys.col.created')}</th>
          <th scope="col">{t('settings.keys.col.expires')}</th>
          <th scope="col">{t('settings.keys.col.lastUsed')}</th>
          <th scope="col">{t('settings.keys.col.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('settings.keys.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((key) => {
          const usable = keyStatus(key, props.now).kind === 'active';
          const creator = key.createdBy ? (names.get(key.createdBy) ?? key.createdBy) : null;
          return (
            <tr key={key.id}>
              <th scope="row" className="key-name">
                {key.name}
                {key.id === props.ownKeyId && (
                  <span className="journey-id">{t('settings.keys.yours')}</span>
                )}
              </th>
              <td>{t(roleLabelIds[key.role])}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>
                {format.dateTime(key.createdAt)}
                {creator && (
                  <span className="journey-id">{t('settings.keys.by', { creator })}</span>
                )}
              </td>
              <td>{key.expiresAt ? format.dateTime(key.expiresAt) : t('settings.keys.never')}</td>
              <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('settings.keys.never')}</td>
              <td>
                <StatusCell keyRecord={key} now={props.now} />
              </td>
              <td className="key-actions">
                {usable && (
                  <div>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => props.onRotate(key)}
                      aria-label={t('settings.keys.rotateNamed', { name: key.name })}
                    >
                      {t('settings.keys.rotate')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      onClick={() => props.onRevoke(key)}
                      aria-label={t('settings.keys.revokeNamed', { name: key.name })}
                    >
                      {t('settings.keys.revoke')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
