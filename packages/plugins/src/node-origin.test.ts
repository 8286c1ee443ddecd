import { describe, expect, it } from 'vitest';
import { describeOrigins, missingOrigins, originsOf, type NodeOrigin } from './node-origin';

const available: NodeOrigin[] = [
  { type: 'end', version: 1, package: '@tandem/nodes', packageVersion: '0.1.0' },
  { type: 'acme.check', version: 1, package: '@acme/check', packageVersion: '0.2.0' },
];

describe('node origins', () => {
  it('records each used type once, from the catalogue', () => {
    expect(originsOf(['acme.check', 'end', 'end', 'unknown'], available)).toEqual([
      available[1],
      available[0],
    ]);
  });

  it('finds what a worker lacks: a type, another version, another package (not a newer release)', () => {
    const wanted: NodeOrigin[] = [
      { type: 'acme.check', version: 1, package: '@acme/check', packageVersion: '0.1.0' },
      { type: 'acme.other', version: 1, package: '@acme/other', packageVersion: '1.0.0' },
      { type: 'end', version: 2, package: '@tandem/nodes', packageVersion: '0.1.0' },
      { type: 'end', version: 1, package: '@someone/else', packageVersion: '0.1.0' },
    ];
    expect(missingOrigins(wanted, available)).toEqual(wanted.slice(1));
    expect(describeOrigins(wanted.slice(1, 2))).toBe(
      'node "acme.other" v1 from package "@acme/other" 1.0.0',
    );
  });
});
