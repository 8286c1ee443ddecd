// Testing Library's DOM matchers on vitest's `expect`. The package's own `jest-dom/vitest` types
// augment `Assertion<R, T>`, which vitest 4 does not merge, and leave `expect` untyped; vitest 4
// takes custom matchers on its `Matchers` interface.
import type { TestingLibraryMatchers } from '@testing-library/jest-dom/matchers';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type -- vitest's own declaration
  interface Matchers<T = any> extends TestingLibraryMatchers<unknown, T> {}
}
