import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../templates/render';
import { factsFixture } from '../testing/facts-fixture';
import { collectorDisclosure, lenderFacts } from './lender-facts';

describe('lender facts', () => {
  it('names the lender by its trading name, else its legal name', () => {
    expect(lenderFacts({ legalName: 'Acme Lending LLC', tradingName: 'Acme' }, 'en').name).toBe(
      'Acme',
    );
    expect(lenderFacts({ legalName: 'Acme Lending LLC', tradingName: ' ' }, 'en').name).toBe(
      'Acme Lending LLC',
    );
  });

  it("writes the debt-collector statement in the message's language, English otherwise", () => {
    expect(collectorDisclosure('es-MX', 'Acme')).toMatch(/^Acme es un cobrador de deudas/);
    expect(collectorDisclosure('zh', 'Acme')).toMatch(/^Acme是债务催收方/);
    expect(collectorDisclosure('fr', 'Acme')).toMatch(/^Acme is a debt collector\./);
  });

  it('renders in a template as {{ lender.* }}', () => {
    const lender = lenderFacts(
      { legalName: 'Acme Lending LLC', supportPhone: '+1 555 0100' },
      'en',
    );
    const out = renderTemplate({
      template:
        'Call {{ lender.name }} on {{ lender.supportPhone }}. {{ lender.collectorDisclosure }}',
      locale: 'en',
      facts: { ...factsFixture(), lender },
    });
    expect(out.ok && out.text).toBe(
      'Call Acme Lending LLC on +1 555 0100. Acme Lending LLC is a debt collector. We are trying to collect a debt and will use any information you give us to help collect it.',
    );
  });
});
