import { describe, expect, it } from 'vitest';
import { accessMatrix } from './access-matrix';
import { allows, findOperation } from './operation-lookup';

const find = (method: string, path: string) =>
  findOperation(accessMatrix, method, path)?.operationId;

describe('finding the operation of a request', () => {
  it('matches path parameters one segment each, literal segments first', () => {
    expect(find('GET', '/v1/journeys/j-1')).toBe('getJourney');
    expect(find('POST', '/v1/enrollments/bulk')).toBe('bulkEnroll');
    expect(find('GET', '/v1/enrollments/0b7c')).toBe('getEnrollment');
    expect(find('GET', '/v1/journeys/j-1/versions/2/stats')).toBe('getVersionStats');
    expect(find('HEAD', '/v1/keys')).toBe('listKeys');
    expect(find('delete', '/v1/session')).toBe('signOut');
  });

  it('finds nothing for another method, a longer or shorter path', () => {
    expect(find('DELETE', '/v1/journeys/j-1')).toBeUndefined();
    expect(find('GET', '/v1/journeys/j-1/extra/deep/path/x')).toBeUndefined();
    expect(find('GET', '/v1')).toBeUndefined();
  });

  it('lets admin call everything, others what the matrix lists', () => {
    const putBorrower = accessMatrix.find((op) => op.operationId === 'putBorrower')!;
    expect(allows(putBorrower, 'admin')).toBe(true);
    expect(allows(putBorrower, 'integration')).toBe(true);
    expect(allows(putBorrower, 'designer')).toBe(false);
  });
});
