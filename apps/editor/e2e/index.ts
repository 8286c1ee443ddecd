// What the editor offers other workspace packages for driving it in a browser (the benches):
// the real product in its own process (API, portal and the built web app on one port), and
// system Chromium.
export { createJourneys, startApi } from './api-process';
export type { ApiProcess } from './api-process';
export { artifactsDir, launchChromium, screenshot, signInWithKey } from './browser';
export { startDevServer } from './dev-server';
export type { DevServer } from './dev-server';
export { freePort } from './free-port';
export type { Browser, Page } from 'playwright-core';
