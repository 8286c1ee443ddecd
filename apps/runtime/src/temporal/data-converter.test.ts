import { ApplicationFailure } from '@temporalio/common';
import {
  decodeOptionalFailureToOptionalError,
  encodeErrorToFailure,
  encodeToPayloads,
  loadDataConverter,
} from '@temporalio/common/lib/internal-non-workflow';
import protos from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { journeyDataConverter } from './data-converter';
import { keyringOf, newPayloadKey } from './payload-keys';

const converter = loadDataConverter(journeyDataConverter(keyringOf({ k: newPayloadKey() }, 'k')));
const wire = (message: object) => Buffer.from(JSON.stringify(message)).toString('latin1');

describe('the data converter every client and worker uses', () => {
  it('encrypts values on their way to Temporal', async () => {
    const payloads = await encodeToPayloads(converter, {
      firstName: 'Xiomara',
      amountDue: 4321.87,
    });
    const bytes = protos.temporal.api.common.v1.Payloads.encode({ payloads }).finish();
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/Xiomara|4321\.87/);
  });

  it('encodes and encrypts error messages and stack traces, and reads them back', async () => {
    const error = ApplicationFailure.create({
      message: 'no channel for Xiomara at +84987650123',
      type: 'NoChannel',
      details: [{ phone: '+84987650123' }],
    });
    const failure = await encodeErrorToFailure(converter, error);
    expect(failure.message).toBe('Encoded failure');
    expect(failure.stackTrace).toBe('');
    const encoded = protos.temporal.api.failure.v1.Failure.encode(failure).finish();
    expect(Buffer.from(encoded).toString('latin1')).not.toMatch(/Xiomara|84987650123/);
    expect(wire(failure)).not.toMatch(/Xiomara|84987650123/);

    const back = await decodeOptionalFailureToOptionalError(converter, failure);
    expect(back).toBeInstanceOf(ApplicationFailure);
    expect((back as ApplicationFailure).message).toBe('no channel for Xiomara at +84987650123');
    expect((back as ApplicationFailure).details).toEqual([{ phone: '+84987650123' }]);
  });
});
