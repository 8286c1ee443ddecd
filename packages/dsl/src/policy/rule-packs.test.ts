import { describe, expect, it } from 'vitest';
import { UnknownRulePackError } from './errors';
import { rulePackSchema } from './rule-pack-schema';
import {
  packsForJurisdiction,
  rulePacks,
  rulePacksFor,
  withBases,
  type RulePack,
} from './rule-packs';

const ids = (packs: readonly RulePack[]) => packs.map((pack) => pack.id);
const pack = (id: string): RulePack => {
  const found = rulePacks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
};

describe('rulePacks', () => {
  it('ships the eight packs with unique ids', () => {
    expect(ids(rulePacks)).toEqual([
      'us-reg-f',
      'us-ma',
      'uk-fca',
      'in-rbi',
      'vn',
      'cn',
      'mx',
      'co',
    ]);
  });

  it.each(rulePacks.map((p) => [p.id, p] as const))('%s is valid pack data', (_id, p) => {
    expect(rulePackSchema.safeParse(p).error?.issues ?? []).toEqual([]);
    if (p.overlayOf) expect(ids(rulePacks)).toContain(p.overlayOf);
  });

  it('encodes the numbers from the compliance facts', () => {
    expect(pack('us-reg-f').caps).toEqual([
      { channels: ['voice'], max: 7, per: 'P7D', scope: 'debt', source: 'us-reg-f' },
      {
        channels: ['voice'],
        max: 1,
        per: 'P7D',
        scope: 'debt',
        source: 'us-reg-f',
        counts: 'conversations',
      },
    ]);
    expect(pack('us-ma').caps).toEqual([
      { channels: ['sms', 'voice'], max: 2, per: 'P7D', scope: 'debt', source: 'us-ma' },
    ]);
    expect(pack('vn').caps[0]).toMatchObject({ channels: 'any', max: 5, per: 'P1D' });
    expect(pack('cn').caps[0]).toMatchObject({ channels: ['voice'], max: 3, per: 'P1D' });
    expect(pack('in-rbi').windows.wed).toEqual([{ start: '08:00', end: '19:00' }]);
    expect(pack('mx').windows.sun).toEqual([{ start: '07:00', end: '22:00' }]);
    expect(pack('co').windows.sat).toEqual([{ start: '08:00', end: '15:00' }]);
    expect(pack('co').windows.sun).toEqual([]);
  });

  it('marks Tandem defaults and unverified numbers instead of passing them off as rules', () => {
    expect(pack('uk-fca').caps[0]).toMatchObject({ max: 3, per: 'P7D', basis: 'default' });
    expect(pack('uk-fca').unverified.join(' ')).toMatch(/default/);
    expect(pack('co').unverified.join(' ')).toMatch(/frequency/i);
    expect(pack('in-rbi').unverified.join(' ')).toMatch(/persistent calling/);
  });

  it('rejects pack data with an inverted window or a cap from elsewhere', () => {
    const bad = {
      ...pack('vn'),
      windows: { ...pack('vn').windows, mon: [{ start: '21:00', end: '07:00' }] },
      caps: [{ ...pack('vn').caps[0], source: 'journey' }],
    };
    const paths = rulePackSchema.safeParse(bad).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['windows.mon.0', 'caps']));
  });
});

describe('rulePacksFor', () => {
  it('picks the base pack then the overlay for Massachusetts', () => {
    expect(ids(rulePacksFor({ country: 'US', region: 'MA' }))).toEqual(['us-reg-f', 'us-ma']);
    expect(ids(rulePacksFor({ country: 'us', region: 'US-MA' }))).toEqual(['us-reg-f', 'us-ma']);
  });

  it('leaves the overlay out for other states and for no state', () => {
    expect(ids(rulePacksFor({ country: 'US', region: 'NY' }))).toEqual(['us-reg-f']);
    expect(ids(rulePacksFor({ country: 'US' }))).toEqual(['us-reg-f']);
  });

  it('maps each country to its pack and unknown countries to none', () => {
    const byCountry = { GB: 'uk-fca', IN: 'in-rbi', VN: 'vn', CN: 'cn', MX: 'mx', CO: 'co' };
    for (const [country, id] of Object.entries(byCountry)) {
      expect(ids(rulePacksFor({ country }))).toEqual([id]);
    }
    expect(rulePacksFor({ country: 'DE' })).toEqual([]);
  });
});

describe('packsForJurisdiction', () => {
  const borrower = { country: 'US', region: 'MA' };

  it('follows auto, none and a named pack with its base', () => {
    expect(ids(packsForJurisdiction('auto', borrower))).toEqual(['us-reg-f', 'us-ma']);
    expect(packsForJurisdiction('none', borrower)).toEqual([]);
    expect(ids(packsForJurisdiction('us-ma', { country: 'VN' }))).toEqual(['us-reg-f', 'us-ma']);
    expect(ids(packsForJurisdiction('vn', borrower))).toEqual(['vn']);
  });

  it('throws a named error for a pack that does not exist', () => {
    expect(() => packsForJurisdiction('xx-nowhere', borrower)).toThrow(UnknownRulePackError);
    expect(() => withBases('xx')).toThrow(/known packs: us-reg-f/);
  });

  it('chooses from a lender library when one is given', () => {
    const lender: RulePack = { ...pack('vn'), id: 'vn-strict', overlayOf: 'vn' };
    const library = [...rulePacks, lender];
    expect(ids(packsForJurisdiction('vn-strict', { country: 'VN' }, library))).toEqual([
      'vn',
      'vn-strict',
    ]);
  });
});
