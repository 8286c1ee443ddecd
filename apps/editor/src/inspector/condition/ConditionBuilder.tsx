import {
  comparisonOps,
  factCatalogue,
  factLabel,
  type ComparisonOp,
  type FactDescriptor,
  type Condition,
  type FactCondition,
} from '@tandem/dsl';
import { Plus, Trash2 } from 'lucide-react';
import { createContext, useContext, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import {
  groupItems,
  groupKind,
  isGroup,
  isNot,
  makeGroup,
  newComparison,
  parseValue,
  valueText,
  type GroupKind,
} from './condition-model';

// Links are for templates only; conditions read the other facts.
const conditionFacts = factCatalogue.filter((f) => !f.path.startsWith('links.'));
// The facts offered; a launch's entry rules narrow them to borrower.* and account.*.
const FactChoices = createContext<readonly FactDescriptor[]>(conditionFacts);

/**
 * Builds a branch rule without code: comparisons of a fact with a value, in groups that need
 * all or any of their items, any item negatable. A single comparison is shown as a group of
 * one so there is always somewhere to add the next.
 */
export function ConditionBuilder({
  value,
  onChange,
  label,
  facts = conditionFacts,
}: {
  value: Condition;
  onChange: (value: Condition) => void;
  label: string;
  /** The facts to choose from (default: every fact a branch may read). */
  facts?: readonly FactDescriptor[];
}) {
  const root = isGroup(value) ? value : { all: [value] };
  return (
    <FactChoices.Provider value={facts}>
      <div className="condition-builder" role="group" aria-label={label}>
        <ConditionGroup value={root} onChange={onChange} depth={0} />
      </div>
    </FactChoices.Provider>
  );
}

function ConditionGroup({
  value,
  onChange,
  depth,
}: {
  value: { all: Condition[] } | { any: Condition[] };
  onChange: (value: Condition) => void;
  depth: number;
}) {
  const kind = groupKind(value);
  const items = groupItems(value);
  const set = (next: Condition[]) => onChange(makeGroup(kind, next));
  const { t } = useI18n();
  return (
    <div className={`condition-group depth-${depth}`}>
      <div className="condition-group-head">
        <label>
          <span className="visually-hidden">{t('inspector.condition.match')}</span>
          <select
            className="input"
            aria-label={t('inspector.condition.match')}
            value={kind}
            onChange={(event) => onChange(makeGroup(event.target.value as GroupKind, items))}
          >
            <option value="all">{t('inspector.condition.all')}</option>
            <option value="any">{t('inspector.condition.any')}</option>
          </select>
        </label>
      </div>
      {items.length === 0 && (
        <p className="field-help">
          {t(kind === 'all' ? 'inspector.condition.emptyAll' : 'inspector.condition.emptyAny')}
        </p>
      )}
      <ul className="condition-items">
        {items.map((item, index) => (
          <li key={index} className="condition-item">
            <ConditionItem
              value={item}
              depth={depth}
              onChange={(next) => set(items.map((c, i) => (i === index ? next : c)))}
            />
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('inspector.condition.remove', { number: index + 1 })}
              onClick={() => set(items.filter((_, i) => i !== index))}
            >
              <Trash2 size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <div className="condition-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => set([...items, newComparison()])}
        >
          <Plus size={14} aria-hidden="true" /> {t('inspector.condition.add')}
        </button>
        {depth < 3 && (
          <button
            type="button"
            className="button button-small"
            onClick={() => set([...items, { any: [newComparison()] }])}
          >
            <Plus size={14} aria-hidden="true" /> {t('inspector.condition.addGroup')}
          </button>
        )}
      </div>
    </div>
  );
}

function ConditionItem({
  value,
  onChange,
  depth,
}: {
  value: Condition;
  onChange: (value: Condition) => void;
  depth: number;
}) {
  const negated = isNot(value);
  const inner = negated ? value.not : value;
  const wrap = (next: Condition) => onChange(negated ? { not: next } : next);
  const { t } = useI18n();
  return (
    <div className="condition-item-body">
      <label className="condition-not">
        <input
          type="checkbox"
          checked={negated}
          onChange={(event) => onChange(event.target.checked ? { not: inner } : inner)}
        />
        {t('inspector.condition.not')}
      </label>
      {isGroup(inner) ? (
        <ConditionGroup value={inner} onChange={wrap} depth={depth + 1} />
      ) : isNot(inner) ? (
        <ConditionItem value={inner} onChange={wrap} depth={depth} />
      ) : (
        <Comparison value={inner} onChange={wrap} />
      )}
    </div>
  );
}

function Comparison({
  value,
  onChange,
}: {
  value: FactCondition;
  onChange: (value: FactCondition) => void;
}) {
  const choices = useContext(FactChoices);
  const known = choices.some((f) => f.path === value.fact);
  const [text, setText] = useState(valueText(value.value));
  const { t, locale } = useI18n();
  const update = (patch: Partial<FactCondition>) => {
    const next = { ...value, ...patch };
    const parsed = parseValue(next.fact, next.op, 'value' in patch ? valueText(patch.value) : text);
    const { value: _old, ...rest } = next;
    onChange(parsed === undefined ? rest : { ...rest, value: parsed });
  };
  return (
    <div className="comparison">
      <select
        className="input"
        aria-label={t('inspector.condition.fact')}
        // The fact's path, for whoever also reads the journey's JSON.
        title={value.fact}
        value={known ? value.fact : '__attribute'}
        onChange={(event) =>
          update({
            fact:
              event.target.value === '__attribute' ? 'borrower.attributes.' : event.target.value,
          })
        }
      >
        {choices.map((fact) => (
          <option key={fact.path} value={fact.path} title={fact.path}>
            {factLabel(fact.path, locale)}
          </option>
        ))}
        <option value="__attribute">{t('inspector.condition.attribute')}</option>
      </select>
      {!known && (
        <input
          className="input"
          aria-label={t('inspector.condition.attributePath')}
          value={value.fact}
          onChange={(event) => update({ fact: event.target.value })}
        />
      )}
      <select
        className="input"
        aria-label={t('inspector.condition.comparison')}
        value={value.op}
        onChange={(event) => update({ op: event.target.value as ComparisonOp })}
      >
        {comparisonOps.map((op) => (
          <option key={op} value={op}>
            {t('inspector.condition.op', { op })}
          </option>
        ))}
      </select>
      {value.op !== 'exists' && (
        <input
          className="input"
          aria-label={t('inspector.condition.value')}
          value={text}
          placeholder={value.op === 'in' ? 'a, b, c' : ''}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseValue(value.fact, value.op, event.target.value);
            onChange({ ...value, value: parsed });
          }}
        />
      )}
    </div>
  );
}
