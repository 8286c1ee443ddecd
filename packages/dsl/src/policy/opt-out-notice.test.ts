import { describe, expect, it } from 'vitest';
import { optOutNotice, withOptOutNotice } from './opt-out-notice';
import { rulePacksFor } from './rule-packs';

const url = 'https://portal.test/p/tok/preferences';

describe('optOutNotice', () => {
  it('names Reg F as requiring it for a US text message, in English', () => {
    const notice = optOutNotice({
      channel: 'sms',
      locale: 'en-US',
      packs: rulePacksFor({ country: 'US' }),
      preferencesUrl: url,
    });
    expect(notice).toEqual({ text: 'Reply STOP to opt out.', requiredBy: ['us-reg-f'] });
  });

  it('speaks the borrower language, with the opt-out word of that language', () => {
    const say = (locale: string) =>
      optOutNotice({ channel: 'sms', locale, packs: [], preferencesUrl: url })?.text;
    expect(say('es-MX')).toContain('BAJA');
    expect(say('vi')).toContain('HUY');
    expect(say('zh-CN')).toContain('TD');
    expect(say('fr')).toBe('Reply STOP to opt out.');
  });

  it('links email and push to the preferences page', () => {
    expect(
      optOutNotice({ channel: 'email', locale: 'vi', packs: [], preferencesUrl: url })?.text,
    ).toContain(url);
    const push = optOutNotice({
      channel: 'push',
      locale: 'en',
      packs: rulePacksFor({ country: 'US' }),
      preferencesUrl: url,
    });
    expect(push?.text).toContain(url);
  });

  it('adds nothing to a push without a rule asking, or to a call', () => {
    expect(
      optOutNotice({
        channel: 'push',
        locale: 'en',
        packs: rulePacksFor({ country: 'VN' }),
        preferencesUrl: url,
      }),
    ).toBeNull();
    expect(
      optOutNotice({
        channel: 'voice',
        locale: 'en',
        packs: rulePacksFor({ country: 'US' }),
        preferencesUrl: url,
      }),
    ).toBeNull();
  });
});

describe('withOptOutNotice', () => {
  const notice = { text: 'Reply STOP to opt out.', requiredBy: [] };
  it('appends the notice on its own paragraph', () => {
    expect(withOptOutNotice('Hi Lan  \n', notice)).toBe('Hi Lan\n\nReply STOP to opt out.');
  });
  it('does not repeat a notice the author wrote in', () => {
    expect(withOptOutNotice('Hi Lan. Reply STOP to opt out.', notice)).toBe(
      'Hi Lan. Reply STOP to opt out.',
    );
  });
});
