// Experiments on A/B splits: always-valid statistics and the "promote the winner" rewrite.
export * from './sequential';
export * from './analyse-experiment';
export * from './promote-arm';
