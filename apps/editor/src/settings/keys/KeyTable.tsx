import type { KeyRecord } from '../../api/access-types';
import { useI18n } from '../../i18n/use-i18n';
import { roleLabelIds } from '../../shell/roles';
import { formatWhen, keyStatus } from './key-status';

function StatusCell({ keyRecord, now }: { keyRecord: KeyRecord; now: Date }) {
  const status = keyStatus(keyRecord, now);
  if (status.kind === 'revoked') {
    return <span className="badge badge-muted">Revoked {formatWhen(status.at)}</span>;
  }
  if (status.kind === 'expired') {
    return <span className="badge badge-muted">Expired {formatWhen(status.at)}</span>;
  }
  return <span className="badge badge-ok">Active</span>;
}

/** Every key, newest first: who and what it is for, and whether it still works. No secrets. */
export function KeyTable(props: {
  keys: KeyRecord[];
  ownKeyId: string | null;
  now: Date;
  onRevoke: (key: KeyRecord) => void;
  onRotate: (key: KeyRecord) => void;
}) {
  const { t } = useI18n();
  const names = new Map(props.keys.map((k) => [k.id, k.name]));
  const sorted = [...props.keys].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <table className="journey-table key-table">
      <caption className="visually-hidden">API keys</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Key</th>
          <th scope="col">Created</th>
          <th scope="col">Expires</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
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
                {key.id === props.ownKeyId && <span className="journey-id"> (your key)</span>}
              </th>
              <td>{t(roleLabelIds[key.role])}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>
                {formatWhen(key.createdAt)}
                {creator && <span className="journey-id">by {creator}</span>}
              </td>
              <td>{key.expiresAt ? formatWhen(key.expiresAt) : 'never'}</td>
              <td>{key.lastUsedAt ? formatWhen(key.lastUsedAt) : 'never'}</td>
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
                      aria-label={`Rotate ${key.name}`}
                    >
                      Rotate
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      onClick={() => props.onRevoke(key)}
                      aria-label={`Revoke ${key.name}`}
                    >
                      Revoke
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
