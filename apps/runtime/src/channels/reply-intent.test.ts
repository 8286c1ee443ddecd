import { describe, expect, it } from 'vitest';
import { replyIntent } from './reply-intent';

describe('replyIntent', () => {
  it.each([
    'STOP',
    'stop',
    ' Stop. ',
    'opt-out',
    'Unsubscribe',
    'baja',
    'Alto',
    'HỦY',
    'huy',
    'Hủy!',
    '退订',
    'td',
  ])('%j opts out', (text) => expect(replyIntent(text)).toBe('optOut'));
  it.each(['HELP', 'help?', 'Ayuda', 'trợ giúp', '帮助'])('%j asks for help', (text) => {
    expect(replyIntent(text)).toBe('help');
  });
  it.each(['please stop calling my mother', 'I will pay friday', 'stopping by later', ''])(
    '%j is just a reply',
    (text) => expect(replyIntent(text)).toBe('other'),
  );
});
