import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Small changes to Docusaurus's browser code that keep a page's start
 * from blocking the main thread. Each names the module it changes and the
 * exact text it replaces; the loader (patch-module.cjs) stops the build if
 * that text is not found exactly once, so an upgrade cannot drop a patch
 * unnoticed. The list is also in src/theme/README.md.
 */
export interface ModulePatch {
  /** Why the change is made. */
  reason: string;
  /** The module, as a path under node_modules. */
  module: string;
  /** [text, replacement] pairs; each text must occur exactly once. */
  replacements: Array<[string, string]>;
}

export const patches: ModulePatch[] = [
  {
    reason:
      'After hydration, the window-size hook moves from "ssr" to the real size, and React re-renders the navbar, sidebar ' +
      'and doc layout for it in one uninterrupted task. Marked as a transition, that first update is done in slices that ' +
      'leave the main thread free between them; later ones (on resize) are left as they are.',
    module: '@docusaurus/theme-common/lib/hooks/useWindowSize.js',
    replacements: [
      ["import { useEffect, useState } from 'react';", "import { startTransition, useEffect, useState } from 'react';"],
      ['        updateWindowSize();\n', '        startTransition(updateWindowSize);\n'],
    ],
  },
  {
    reason:
      'A hook sorts two prop names with `localeCompare`, which builds a collator on first use (tens of milliseconds on a slow phone) ' +
      'only to put the names in a stable order. A plain comparison gives an equally stable order.',
    module: '@docusaurus/theme-common/lib/utils/reactUtils.js',
    replacements: [
      [
        'deps.sort((a, b) => a[0].localeCompare(b[0]));',
        'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
      ],
    ],
  },
  {
    reason:
      'Each link that scrolls into view prefetches the scripts of its route. Docusaurus does this at once, in the task that ' +
      'reports the links as visible, just after the page starts; and it remembers routes, not files, while doc routes share ' +
      'most of their scripts (a guide page added 375 prefetch links for 24 files). Here each file is asked for once, and ' +
      'the work waits for moments when the page is idle, a little at a time. A link the pointer comes to rest on, or a finger ' +
      "touches, loads its route's scripts (preload) ahead of the others, but also in an idle moment: the pointer comes onto a link " +
      'when the page changes under it, as when a planner step replaces the one the reader clicked in, and adding those scripts ' +
      'inside that frame held its paint back by about 25 ms at 4× CPU.',
    module: '@docusaurus/core/lib/client/docusaurus.js',
    replacements: [
      [
        'const fetched = new Set();',
        `const fetched = new Set();
const fetchedAssets = new Set();
// Work waiting for an idle moment (calm-start: prefetching never blocks the page).
const idleQueue = [];
let idleScheduled = false;
const whenIdle = (work) => typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 5000 })
    : setTimeout(() => work({ didTimeout: true, timeRemaining: () => 0 }), 300);
function drainIdleQueue(deadline) {
    idleScheduled = false;
    while (idleQueue.length > 0) {
        idleQueue.shift()();
        if (deadline.timeRemaining() <= 4) {
            break;
        }
    }
    scheduleIdleWork();
}
function scheduleIdleWork() {
    if (!idleScheduled && idleQueue.length > 0) {
        idleScheduled = true;
        whenIdle(drainIdleQueue);
    }
}
function later(work) {
    idleQueue.push(work);
    scheduleIdleWork();
    return Promise.resolve();
}
// A route wanted sooner (the reader points at or touches its link) goes first.
function soon(work) {
    return new Promise((resolve) => {
        idleQueue.unshift(() => resolve(work()));
        scheduleIdleWork();
    });
}`,
      ],
      ['const prefetch = (routePath) => {', 'const prefetchRoute = (routePath) => {'],
      [
        "if (chunkAsset && !chunkAsset.includes('undefined')) {\n            return prefetchHelper(chunkAsset);",
        "if (chunkAsset && !chunkAsset.includes('undefined') && !fetchedAssets.has(chunkAsset)) {\n            fetchedAssets.add(chunkAsset);\n            return later(() => prefetchHelper(chunkAsset));",
      ],
      [
        '    loaded.add(routePath);\n    return preloadHelper(routePath);',
        '    loaded.add(routePath);\n    return soon(() => preloadHelper(routePath));',
      ],
      [
        'const docusaurus = {\n    prefetch,',
        `const prefetch = (routePath) => {
    if (!canPrefetch(routePath)) {
        return false;
    }
    return later(() => prefetchRoute(routePath));
};
const docusaurus = {
    prefetch,`,
      ],
    ],
  },
];

function moduleTest(module: string): RegExp {
  const parts = module.split('/').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]node_modules[\\\\/]${parts.join('[\\\\/]')}$`);
}

export default function calmStart(): Plugin {
  return {
    name: 'calm-start',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: patches.map((p) => ({
            test: moduleTest(p.module),
            use: [
              {
                loader: path.resolve(__dirname, 'patch-module.cjs'),
                options: {replacements: p.replacements, label: 'calm-start'},
              },
            ],
          })),
        },
      };
    },
  };
}
