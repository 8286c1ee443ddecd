// Error messages and stack traces travel in workflow histories too (an activity's error can quote
// what it was given). This converter moves them into an encoded payload, which the encryption
// codec then encrypts. Temporal loads it by path, with `require()`, in every client and worker
// (data-converter.ts) and in the workflow bundle (workflow-bundle.ts): CommonJS, so that Node
// loads it without a TypeScript loader (the tests run under vitest, not tsx).
const { DefaultFailureConverter } = require('@temporalio/common');

exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
