import { describe, expect, it } from 'vitest';
import {
  defaultFacts,
  describeDefaultBorrowers,
  parseBorrowerFile,
  SIM_BORROWER_ID,
} from './borrower';
import { lanBorrowerFile } from './journey-fixture';

describe('defaultFacts', () => {
  it('gives a Vietnamese-speaking journey a borrower in Ho Chi Minh City', () => {
    const facts = defaultFacts('vi', '2026-03-02T09:00:00Z');
    expect(facts.borrower).toMatchObject({
      id: SIM_BORROWER_ID,
      locale: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
    });
    expect(facts.account).toMatchObject({ currency: 'VND', daysPastDue: 3, dueDate: '2026-02-27' });
  });

  it('dates the debt from the start in the borrower’s calendar, not UTC’s', () => {
    // 2026-03-02T20:00Z is already 3 March in Ho Chi Minh City.
    expect(defaultFacts('vi', '2026-03-02T20:00:00Z').account.dueDate).toBe('2026-02-28');
    expect(defaultFacts('en', '2026-03-02T20:00:00Z').account.dueDate).toBe('2026-02-27');
  });

  it('matches a regional tag exactly first, then by language', () => {
    expect(defaultFacts('en-GB', '2026-03-02T09:00:00Z').borrower.country).toBe('GB');
    const mexican = defaultFacts('es-MX', '2026-03-02T09:00:00Z').borrower;
    expect(mexican).toMatchObject({
      locale: 'es-MX',
      country: 'MX',
      timezone: 'America/Mexico_City',
    });
  });

  it('keeps the journey’s language for a language without its own borrower', () => {
    expect(defaultFacts('fr', '2026-03-02T09:00:00Z').borrower).toMatchObject({
      locale: 'fr',
      country: 'US',
    });
  });

  it('describes every default borrower for --help', () => {
    expect(describeDefaultBorrowers()).toContain(
      'vi: Lan in Asia/Ho_Chi_Minh (VN), owes 2500000 VND',
    );
  });
});

describe('parseBorrowerFile', () => {
  it('accepts a lender’s file and fills the borrower id', () => {
    const parsed = parseBorrowerFile(lanBorrowerFile);
    expect(parsed).toMatchObject({
      ok: true,
      facts: { borrower: { id: SIM_BORROWER_ID, firstName: 'Lan' } },
    });
  });

  it('keeps an id the file gives', () => {
    const parsed = parseBorrowerFile({
      ...lanBorrowerFile,
      borrower: { ...lanBorrowerFile.borrower, id: 'b-lan' },
    });
    expect(parsed.ok && parsed.facts.borrower.id).toBe('b-lan');
  });

  it('reports every bad field with its path', () => {
    const parsed = parseBorrowerFile({
      borrower: { firstName: '', locale: 'vi', timezone: 'Asia/Ho_Chi_Minh', country: 'VNM' },
      account: { amountDue: -5, currency: 'VND' },
    });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['borrower.firstName', 'borrower.country', 'account.amountDue']);
  });

  it('rejects a time zone that does not exist, alongside the other problems', () => {
    const parsed = parseBorrowerFile({
      borrower: { ...lanBorrowerFile.borrower, timezone: 'Asia/Saigonn' },
      account: { currency: 'VND' },
    });
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((i) => i.path.join('.'))).toEqual(['account.amountDue', 'borrower.timezone']);
    expect(issues[1]?.message).toContain('unknown time zone "Asia/Saigonn"');
  });

  it('reports a file that is not an object', () => {
    const parsed = parseBorrowerFile([1, 2]);
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: [] }] });
  });

  it('reports a missing account', () => {
    const parsed = parseBorrowerFile({ borrower: lanBorrowerFile.borrower });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([['account']]);
  });
});
