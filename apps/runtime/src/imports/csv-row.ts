// Turns one CSV row's cells into the same object a JSON import row would be, reading cells the way
// a spreadsheet writes them. A blank cell means "nothing to say": the stored value stays.
import { channels, type Channel } from '@tandem/dsl';
import { ATTRIBUTE_COLUMN_PREFIX } from './csv-table';
import type { ImportError } from './import-report';

export type CellError = Omit<ImportError, 'row'>;

const phoneChannels: readonly Channel[] = ['sms', 'whatsapp', 'voice'];

function decimal(column: string, cell: string, errors: CellError[]): number | undefined {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  errors.push({
    field: column,
    message: 'must be a number written with digits and a "." for decimals, e.g. 1234.50',
    value: cell,
  });
  return undefined;
}

function wholeNumber(column: string, cell: string, errors: CellError[]): number | undefined {
  if (/^-?\d+$/.test(cell)) return Number(cell);
  errors.push({ field: column, message: 'must be a whole number', value: cell });
  return undefined;
}

function yesNo(column: string, cell: string, errors: CellError[]): boolean | undefined {
  const word = cell.toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(word)) return true;
  if (['false', 'no', 'n', '0'].includes(word)) return false;
  errors.push({ field: column, message: 'must be true or false (or yes/no)', value: cell });
  return undefined;
}

// "02139" stays text (a postcode), "42" and "true" become a number and a boolean for conditions.
function attributeValue(cell: string): string | number | boolean {
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

/**
 * One CSV row as an import row candidate (still to be validated by the schema), plus the cells
 * that could not even be read (a word where a number goes).
 * @example csvRowToCandidate({ external_id: 'B1', amount_due: '12abc', ... }).errors[0].field // 'amount_due'
 */
export function csvRowToCandidate(cells: Record<string, string>): {
  candidate: Record<string, unknown>;
  errors: CellError[];
} {
  const errors: CellError[] = [];
  const given = (column: string) => (cells[column] ? cells[column] : undefined);
  const upper = (column: string) => given(column)?.toUpperCase();

  const channelEntries: Record<string, unknown> = {};
  for (const channel of channels) {
    const address = given(channel);
    if (!address) continue;
    const consentCell = given(`${channel}_consent`);
    channelEntries[channel] = {
      // Spreadsheets keep "+84 912-345 678" as typed; the schema then checks E.164.
      address: phoneChannels.includes(channel) ? address.replace(/[\s().-]/g, '') : address,
      consent: consentCell === undefined ? true : yesNo(`${channel}_consent`, consentCell, errors),
    };
  }
  const attributes: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(cells)) {
    if (column.startsWith(ATTRIBUTE_COLUMN_PREFIX) && cell) {
      attributes[column.slice(ATTRIBUTE_COLUMN_PREFIX.length)] = attributeValue(cell);
    }
  }
  const read = <T>(column: string, parse: (c: string, v: string, e: CellError[]) => T) => {
    const cell = given(column);
    return cell === undefined ? undefined : parse(column, cell, errors);
  };
  const account = {
    externalId: given('account_external_id'),
    amountDue: read('amount_due', decimal),
    currency: upper('currency'),
    dueDate: given('due_date'),
    daysPastDue: read('days_past_due', wholeNumber),
    minimumPayment: read('minimum_payment', decimal),
    product: given('product'),
    timeBarred: read('time_barred', yesNo),
  };
  const candidate = {
    externalId: given('external_id'),
    firstName: given('first_name'),
    lastName: given('last_name'),
    locale: given('locale'),
    timezone: given('timezone'),
    country: upper('country'),
    region: upper('region'),
    segment: given('segment'),
    ...(Object.keys(channelEntries).length > 0 ? { channels: channelEntries } : {}),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    accounts: [withoutUndefined(account)],
  };
  return { candidate: withoutUndefined(candidate), errors };
}

// In place and with a plain loop: this runs once or twice per row of a 100,000-row file.
function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  for (const key in value) if (value[key] === undefined) delete value[key];
  return value;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The CSV column a path of the import row came from, so errors name what the user typed in.
 * @example csvFieldName(['accounts', 0, 'amountDue']) // 'amount_due'
 * @example csvFieldName(['channels', 'sms', 'consent']) // 'sms_consent'
 */
export function csvFieldName(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head === 'accounts') {
    if (third === undefined || third === 'externalId') return 'account_external_id';
    return snake(third);
  }
  if (head === 'channels' && second) return third === 'consent' ? `${second}_consent` : second;
  if (head === 'attributes' && second) return `${ATTRIBUTE_COLUMN_PREFIX}${second}`;
  return snake(head ?? '');
}
