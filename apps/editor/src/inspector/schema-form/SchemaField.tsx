import { useId, type ReactNode } from 'react';
import { humanizeId, type Condition, type LocalizedText } from '@tandem/dsl';
import { ConditionBuilder } from '../condition/ConditionBuilder';
import { MessageEditor } from '../message/MessageEditor';
import { useI18n } from '../../i18n/use-i18n';
import { DurationInput } from './DurationInput';
import { problemsUnder, useFormContext } from './form-context';
import { fieldKind, humanLabel, initialValue, resolveRef, type JsonSchema } from './json-schema';
import { JsonField } from './JsonField';
import { ListField } from './ListField';
import { NumberInput } from './NumberInput';

export interface FieldProps {
  name: string;
  schema: JsonSchema;
  value: unknown;
  /** The value to show when none is set (the schema's default). */
  required: boolean;
  path: Array<string | number>;
  onChange: (value: unknown) => void;
  /** Removes the value (falls back to the default); only for optional fields. */
  onClear?: () => void;
  /** The object this field belongs to, for inputs that depend on a sibling (the channel). */
  siblings?: Record<string, unknown>;
  label?: string;
}

/** One field of a generated form: label, help from the schema's description, input, problems. */
export function SchemaField(props: FieldProps) {
  const { name, schema, path, label } = props;
  const context = useFormContext();
  const id = useId();
  const resolved = resolveRef(schema, context.root);
  const kind = fieldKind(schema, context.root);
  const problems = problemsUnder(
    context.problems,
    path,
    kind.kind !== 'list' && kind.kind !== 'message',
  );
  const translated = context.fieldText?.(path);
  const help = translated?.help ?? schema.description ?? resolved.description;
  const helpId = `${id}-help`;
  const problemId = `${id}-problems`;
  const describedBy =
    [help ? helpId : '', problems.length > 0 ? problemId : ''].join(' ').trim() || undefined;
  const title = translated?.label ?? label ?? humanLabel(name);
  const grouped =
    kind.kind === 'object' ||
    kind.kind === 'list' ||
    kind.kind === 'multiSelect' ||
    kind.kind === 'condition' ||
    kind.kind === 'message';

  const body = <FieldInput {...props} id={id} describedBy={describedBy} title={title} />;
  return (
    <div
      className={`field field-${kind.kind}${problems.length > 0 ? ' has-problem' : ''}`}
      data-field={path.join('.')}
    >
      {grouped ? (
        <fieldset className="field-group">
          <legend className="field-label">{title}</legend>
          {help && (
            <p id={helpId} className="field-help">
              {help}
            </p>
          )}
          {body}
        </fieldset>
      ) : (
        <>
          <label
            htmlFor={id}
            className={kind.kind === 'checkbox' ? 'field-label field-label-inline' : 'field-label'}
          >
            {kind.kind === 'checkbox' ? body : null}
            {title}
          </label>
          {kind.kind !== 'checkbox' && body}
          {help && (
            <p id={helpId} className="field-help">
              {help}
            </p>
          )}
        </>
      )}
      {problems.length > 0 && (
        <ul id={problemId} className="field-problems">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FieldInput(
  props: FieldProps & { id: string; describedBy: string | undefined; title: string },
): ReactNode {
  const { schema, value, onChange, onClear, id, describedBy, path, siblings, name } = props;
  const context = useFormContext();
  const { t } = useI18n();
  const resolved = resolveRef(schema, context.root);
  const kind = fieldKind(schema, context.root);
  const current = value === undefined ? resolved.default : value;
  // A choice nobody named (a custom node's enum) reads as its words, never as "untilDate".
  const choice = (option: unknown) =>
    context.fieldText?.(path)?.options?.[String(option)] ?? humanizeId(String(option));
  switch (kind.kind) {
    case 'condition':
      return (
        <ConditionBuilder
          value={(current as Condition | undefined) ?? { all: [] }}
          onChange={onChange}
          label={props.title}
        />
      );
    case 'message':
      // An optional text nobody has written (an email subject) stays folded away until asked for.
      if (value === undefined && resolved.default === undefined && !props.required) {
        return (
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange(Object.fromEntries(context.locales.map((l) => [l, ''])))}
          >
            {t('inspector.field.add', { field: props.title.toLowerCase() })}
          </button>
        );
      }
      return (
        <MessageEditor
          value={
            typeof current === 'string'
              ? { [context.locales[0] ?? 'en']: current }
              : ((current as LocalizedText | undefined) ?? {})
          }
          locales={context.locales}
          channel={typeof siblings?.channel === 'string' ? siblings.channel : undefined}
          onChange={onChange}
          label={props.title}
        />
      );
    case 'duration':
      return (
        <DurationInput
          id={id}
          value={typeof current === 'string' ? current : ''}
          onChange={onChange}
          {...(describedBy ? { describedBy } : {})}
        />
      );
    case 'select': {
      const optional = !props.required && resolved.default === undefined;
      return (
        <select
          id={id}
          className="input"
          aria-describedby={describedBy}
          value={typeof current === 'string' || typeof current === 'number' ? String(current) : ''}
          onChange={(event) => {
            const picked = kind.options.find((o) => String(o) === event.target.value);
            if (picked === undefined) onClear?.();
            else onChange(picked);
          }}
        >
          {optional && <option value="">{t('inspector.field.none')}</option>}
          {kind.options.map((option) => (
            <option key={String(option)} value={String(option)}>
              {choice(option)}
            </option>
          ))}
        </select>
      );
    }
    case 'multiSelect': {
      const chosen = Array.isArray(current) ? current : [];
      return (
        <div className="checkbox-row" role="group">
          {kind.options.map((option) => (
            <label key={String(option)} className="checkbox-chip">
              <input
                type="checkbox"
                checked={chosen.includes(option)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? kind.options.filter((o) => o === option || chosen.includes(o))
                      : chosen.filter((o) => o !== option),
                  )
                }
              />
              {choice(option)}
            </label>
          ))}
        </div>
      );
    }
    case 'checkbox':
      return (
        <input
          id={id}
          type="checkbox"
          aria-describedby={describedBy}
          checked={current === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
    case 'number':
      return (
        <NumberInput
          id={id}
          className="input input-number"
          step={kind.integer ? 1 : 'any'}
          min={resolved.minimum}
          max={resolved.maximum}
          aria-describedby={describedBy}
          value={typeof current === 'number' ? current : undefined}
          onNumber={onChange}
          {...(onClear ? { onEmpty: onClear } : {})}
        />
      );
    case 'text':
      return (
        <input
          id={id}
          className="input"
          aria-describedby={describedBy}
          value={typeof current === 'string' ? current : ''}
          maxLength={resolved.maxLength}
          onChange={(event) => {
            if (event.target.value === '' && !props.required && onClear) onClear();
            else onChange(event.target.value);
          }}
        />
      );
    case 'nullable': {
      const set = current !== null && current !== undefined;
      return (
        <div className="nullable-field">
          <label className="field-label-inline">
            <input
              type="checkbox"
              checked={set}
              aria-label={t('inspector.field.set', { field: props.title })}
              onChange={(event) =>
                onChange(event.target.checked ? initialValue(kind.inner, context.root, name) : null)
              }
            />
            {set ? t('inspector.field.on') : t('inspector.field.off')}
          </label>
          {set && <FieldInput {...props} schema={kind.inner} value={current} required />}
        </div>
      );
    }
    case 'object':
      return (
        <ObjectFieldsInline schema={kind.schema} value={current} path={path} onChange={onChange} />
      );
    case 'list':
      return (
        <ListField
          name={name}
          item={kind.item}
          schema={resolved}
          value={Array.isArray(current) ? current : []}
          path={path}
          onChange={onChange}
        />
      );
    case 'json':
      return (
        <JsonField
          id={id}
          value={current}
          onChange={onChange}
          {...(describedBy ? { describedBy } : {})}
        />
      );
  }
}

/** The properties of an object schema, each as a field. */
export function ObjectFieldsInline({
  schema,
  value,
  path,
  onChange,
  isShown = () => true,
}: {
  schema: JsonSchema;
  value: unknown;
  path: Array<string | number>;
  onChange: (value: Record<string, unknown>) => void;
  /** Fields that do not apply are left out; their values stay in the object. */
  isShown?: (field: string) => boolean;
}) {
  const object =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const required = new Set(schema.required ?? []);
  return (
    <div className="object-fields">
      {Object.entries(schema.properties ?? {})
        .filter(([key]) => isShown(key))
        .map(([key, property]) => (
          <SchemaField
            key={key}
            name={key}
            schema={property}
            value={object[key]}
            required={required.has(key)}
            path={[...path, key]}
            siblings={object}
            onChange={(next) => onChange({ ...object, [key]: next })}
            onClear={() => {
              const { [key]: _removed, ...rest } = object;
              onChange(rest);
            }}
          />
        ))}
    </div>
  );
}
