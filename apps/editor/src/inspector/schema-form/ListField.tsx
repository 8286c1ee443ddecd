import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useI18n } from '../../i18n/use-i18n';
import { useFormContext } from './form-context';
import { fieldKind, humanLabel, initialValue, singular, type JsonSchema } from './json-schema';
import { ObjectFieldsInline, SchemaField } from './SchemaField';

/**
 * An editable list (plan options, split variants, branch rules, outcomes): each item as a
 * sub-form, with add, remove and move, within the schema's min and max item counts.
 */
export function ListField({
  name,
  item,
  schema,
  value,
  path,
  onChange,
}: {
  name: string;
  item: JsonSchema;
  schema: JsonSchema;
  value: unknown[];
  path: Array<string | number>;
  onChange: (value: unknown[]) => void;
}) {
  const { root, fieldText } = useFormContext();
  const { t, locale } = useI18n();
  const itemKind = fieldKind(item, root);
  // English names an item by the list's singular ("option"); other languages by the list's
  // translated name, where the node gives one.
  const translated = locale === 'en' ? undefined : fieldText?.(path)?.label;
  const noun = translated ?? humanLabel(singular(name)).toLowerCase();
  const canAdd = schema.maxItems === undefined || value.length < schema.maxItems;
  const canRemove = schema.minItems === undefined || value.length > schema.minItems;
  const replace = (index: number, next: unknown) =>
    onChange(value.map((v, i) => (i === index ? next : v)));
  const move = (index: number, by: number) => {
    const copy = [...value];
    const [moved] = copy.splice(index, 1);
    copy.splice(index + by, 0, moved);
    onChange(copy);
  };
  const freshName = () => {
    const stem = singular(name).replace(/[^A-Za-z0-9]/g, '') || 'item';
    const used = new Set(value.map((v) => JSON.stringify(v)));
    for (let n = value.length + 1; ; n++) {
      const candidate = `${stem}${n}`;
      if (![...used].some((u) => u.includes(`"${candidate}"`))) return candidate;
    }
  };

  return (
    <div className="list-field">
      {value.length === 0 && <p className="field-help">{t('inspector.list.empty')}</p>}
      <ol className="list-items">
        {value.map((entry, index) => (
          <li key={index} className="list-item">
            <div className="list-item-body">
              {itemKind.kind === 'object' ? (
                <ObjectFieldsInline
                  schema={itemKind.schema}
                  value={entry}
                  path={[...path, index]}
                  onChange={(next) => replace(index, next)}
                />
              ) : (
                <SchemaField
                  name={`${singular(name)} ${index + 1}`}
                  label={t('inspector.list.item', {
                    item: translated ?? humanLabel(singular(name)),
                    number: index + 1,
                  })}
                  schema={item}
                  value={entry}
                  required
                  path={[...path, index]}
                  onChange={(next) => replace(index, next)}
                />
              )}
            </div>
            <div className="list-item-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={t('inspector.list.up', { item: noun, number: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUp size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('inspector.list.down', { item: noun, number: index + 1 })}
                disabled={index === value.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDown size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('inspector.list.remove', { item: noun, number: index + 1 })}
                disabled={!canRemove}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <Trash2 size={14} aria-hidden="true" />
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={!canAdd}
        onClick={() => onChange([...value, initialValue(item, root, freshName())])}
      >
        <Plus size={14} aria-hidden="true" /> {t('inspector.field.add', { field: noun })}
      </button>
    </div>
  );
}
