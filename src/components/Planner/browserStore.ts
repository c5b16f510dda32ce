import {createStore, del, entries, get, set, update} from 'idb-keyval';
import type {KeyValueStore} from '@site/src/planner/library';

/** The planner's database in IndexedDB, and its one object store. */
export const DATABASE = 'saas-partnership-planner';
export const OBJECT_STORE = 'plans';

/**
 * The reader's plans in this browser: IndexedDB through idb-keyval, or null
 * where the browser gives the page no IndexedDB (some private modes). Called
 * from effects only, never while rendering.
 */
export function browserStore(): KeyValueStore | null {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
    const store = createStore(DATABASE, OBJECT_STORE);
    return {
      get: (key) => get(key, store),
      set: (key, value) => set(key, value, store),
      del: (key) => del(key, store),
      entries: () => entries(store),
      update: (key, updater) => update(key, updater, store),
    };
  } catch {
    return null;
  }
}

/** The page's localStorage, where the first releases kept the plan, or null where it is refused. */
export function legacyStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Which plan this tab has open, so that a reload opens the same one (sessionStorage is the tab's own). */
const CURRENT_KEY = 'saas-partnership-planner.current';

export function tabPlanId(): string | null {
  try {
    return window.sessionStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

export function setTabPlanId(id: string): void {
  try {
    window.sessionStorage.setItem(CURRENT_KEY, id);
  } catch {
    // a reload then opens the plan changed last, which is this one while the reader works on it
  }
}

/** 128 random bits, in hex: a partnership's or a kept plan's id. Called from effects and handlers only. */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
