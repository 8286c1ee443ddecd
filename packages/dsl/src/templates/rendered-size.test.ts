import { describe, expect, it } from 'vitest';
import { refusedTag, renderedSizeProblem } from './rendered-size';

const loop = (n: number, body = 'x') => `{% for i in (1..${n}) %}${body}{% endfor %}`;

describe('renderedSizeProblem', () => {
  it('lets a normal reminder through on every channel', () => {
    const text =
      'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due: {{ links.pay }}';
    expect(
      renderedSizeProblem(text, 'en', { channels: ['sms', 'email', 'whatsapp', 'push', 'voice'] }),
    ).toBeNull();
  });

  it('counts SMS in segments, at most 10', () => {
    expect(renderedSizeProblem(loop(1530), 'en', { channels: ['email'] })).toBeNull();
    expect(renderedSizeProblem(loop(1530), 'en', { channels: ['sms'] })).toBeNull();
    expect(renderedSizeProblem(loop(1531), 'en', { channels: ['sms'] })).toBe(
      'renders to 11 SMS segments; the limit is 10',
    );
  });

  it('checks each channel a message may go out on, and subjects', () => {
    expect(renderedSizeProblem(loop(2000), 'en', { channels: ['email', 'push'] })).toBe(
      'renders to 2000 characters; push allows 1000',
    );
    expect(renderedSizeProblem(loop(201), 'en', { subject: true })).toBe(
      'renders to 201 characters; a subject may have 200',
    );
  });

  it('stops nested loops that would render a million characters by the memory limit', () => {
    const nested = `{% for i in (1..999) %}${loop(999)}{% endfor %}`;
    expect(renderedSizeProblem(nested, 'en', { channels: ['email'] })).toBe(
      'its loops render more than a message can hold; loop over fewer items',
    );
  });
});

describe('refusedTag', () => {
  it.each([
    ['{% include "footer" %}', 'include'],
    ['{%- render "x" -%}', 'render'],
    ['{% layout "base" %}', 'layout'],
    ['{% liquid\n  assign a = 1\n  include "x"\n%}', 'include'],
    ['{% if a %}{% render "x" %}{% endif %}', 'render'],
    ['Hi {{ borrower.firstName }} {% if a %}rendered{% endif %}', null],
  ])('%j -> %s', (template, tag) => {
    expect(refusedTag(template)).toBe(tag);
  });
});
