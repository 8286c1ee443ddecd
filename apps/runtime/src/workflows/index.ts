// The worker's workflowsPath: every workflow type this worker runs, and nothing else.
export { journeyWorkflow } from './journey-workflow';
