import * as matchers from '@testing-library/jest-dom/matchers';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { useLocale } from './i18n/locale-store';

expect.extend(matchers);
// Lazy screens load their chunk on first render; on a busy machine that takes over a second.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => {
  cleanup();
  // The language is app-wide state; each test starts in English, the default.
  useLocale.setState({ locale: 'en' });
});
