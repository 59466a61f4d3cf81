/**
 * Everything the review and browse screens need to draw, in one module: React, Ink's render, the
 * App and the BrowseApp.
 * `npm run build` bundles it with its packages into dist/ui/screen.bundle.js (scripts/
 * bundle.mjs), which loads several times faster than the hundreds of files it comes from
 * (Ink alone pulls in some 500, and Node lexes React's CommonJS files to import them).
 */
export { default as React } from 'react';
export { render } from 'ink';
export { App } from './App.js';
export { warmAnswerSide } from './warm-up.js';
export { BrowseApp } from './BrowseApp.js';
