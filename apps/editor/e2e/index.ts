// What the editor offers other workspace packages for driving it in a browser (the benches):
// the real API in its own process, the built editor served by Vite, and system Chromium.
export { startApi } from './api-process';
export type { ApiProcess } from './api-process';
export { artifactsDir, launchChromium, screenshot } from './browser';
export { startEditor } from './editor-server';
export type { EditorServer } from './editor-server';
export type { Browser, Page } from 'playwright-core';
