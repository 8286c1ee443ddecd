import { journeyPolicySchema } from '@tandem/dsl';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import { appLocales, type AppLocale } from '../i18n/locales';
import { ConditionBuilder } from './condition/ConditionBuilder';
import { policyFieldText } from './policy-field-text';
import { JourneySettings } from './JourneySettings';
import { openDocument, smallJourney } from '../test-fixtures';

type Schema = { properties?: Record<string, Schema>; items?: Schema };

/** Every field path of the policy form, without list indexes ("caps.channel"). */
function fieldPaths(schema: Schema, prefix: string[] = []): string[][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = [...prefix, name];
    const inner = field.items?.properties ? field.items : field;
    return [path, ...fieldPaths(inner, path)];
  });
}

const inLocale = (locale: AppLocale, ui: ReactNode) =>
  render(<I18nContext.Provider value={i18nFor(locale)}>{ui}</I18nContext.Provider>);

describe('the contact-policy form in the chosen language', () => {
  const paths = fieldPaths(z.toJSONSchema(journeyPolicySchema, { io: 'input' }) as Schema);

  it.each(appLocales)('names every policy field in %s', (locale) => {
    const text = policyFieldText(i18nFor(locale));
    expect(paths.length).toBeGreaterThan(8);
    for (const path of paths) expect(text(path)?.label, path.join('.')).toBeTruthy();
  });

  it('words the form in Vietnamese: labels, weekdays and exit events', () => {
    openDocument(smallJourney());
    inLocale('vi', <JourneySettings />);
    expect(screen.getByText('Khung giờ gửi')).toBeInTheDocument();
    expect(screen.getByText('Giới hạn')).toBeInTheDocument();
    expect(screen.getAllByText('Thứ 2').length).toBeGreaterThan(0);
    expect(screen.queryByText('Send window')).toBeNull();
    expect(screen.queryByText('Max visits per node')).toBeNull();
  });
});

describe('the condition builder in the chosen language', () => {
  it('words groups, comparisons and actions in Chinese', () => {
    inLocale(
      'zh',
      <ConditionBuilder
        value={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }}
        label="条件"
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('option', { name: '满足以下全部' })).toBeInTheDocument();
    expect(screen.getByLabelText('比较')).toHaveDisplayValue('至少为');
    expect(screen.getByRole('button', { name: '删除条件 1' })).toBeInTheDocument();
    expect(screen.queryByText(/All of these|is at least/)).toBeNull();
  });
});
