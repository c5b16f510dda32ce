/**
 * Autosave: the plan file kept in browser storage. The storage is passed in,
 * so this stays free of `window` and works (and is tested) without a browser.
 */
import type {Locale} from '../catalog/types';
import {isBlank, type Plan} from './plan';
import {parsePlanFile, serializePlanFile, toPlanFile, type PlanError} from './schema';

export const STORAGE_KEY = 'saas-partnership-planner.plan';
/** the plan a share link or an import replaced, kept until the reader goes back or moves on */
export const PREVIOUS_KEY = 'saas-partnership-planner.previous';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
  {kind: 'none'} | {kind: 'loaded'; plan: Plan} | {kind: 'unreadable'; error: PlanError | 'unavailable'};

export function loadSaved(storage: StorageLike | null, key = STORAGE_KEY): LoadResult {
  if (!storage) return {kind: 'unreadable', error: 'unavailable'};
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return {kind: 'unreadable', error: 'unavailable'};
  }
  if (text === null) return {kind: 'none'};
  const result = parsePlanFile(text);
  return result.ok ? {kind: 'loaded', plan: result.file.plan} : {kind: 'unreadable', error: result.error};
}

export type SaveResult = 'saved' | 'full' | 'unavailable';

/** Saves the plan; a blank plan clears the slot. Never throws. */
export function save(
  storage: StorageLike | null,
  plan: Plan | null,
  locale: Locale,
  now: Date,
  key = STORAGE_KEY,
): SaveResult {
  if (!storage) return 'unavailable';
  try {
    if (plan === null || isBlank(plan)) storage.removeItem(key);
    else storage.setItem(key, serializePlanFile(toPlanFile(plan, locale, now)));
    return 'saved';
  } catch (e) {
    return quotaError(e) ? 'full' : 'unavailable';
  }
}

/**
 * Stored values that could not be read are set aside, one slot each, rather
 * than overwritten by the next save: up to MAX_ASIDE of them, each as it was,
 * to be downloaded (and perhaps opened by a newer release) or deleted by the
 * reader. A first release kept one, under LEGACY_ASIDE_KEY; it is listed too.
 */
export const ASIDE_PREFIX = `${STORAGE_KEY}.unreadable.`;
export const LEGACY_ASIDE_KEY = `${STORAGE_KEY}.unreadable`;
export const MAX_ASIDE = 5;

export type AsideResult =
  | {kept: true; key: string}
  /** full: the browser's storage has no room; tooMany: MAX_ASIDE are kept already; unavailable: storage refused */
  | {kept: false; why: 'full' | 'tooMany' | 'unavailable'};

export interface AsideValue {
  key: string;
  text: string;
}

function asideKeys(): string[] {
  return [LEGACY_ASIDE_KEY, ...Array.from({length: MAX_ASIDE}, (_, i) => `${ASIDE_PREFIX}${i + 1}`)];
}

/** What is set aside, oldest slot first. Never throws. */
export function listAside(storage: StorageLike | null): AsideValue[] {
  if (!storage) return [];
  const found: AsideValue[] = [];
  for (const key of asideKeys()) {
    try {
      const text = storage.getItem(key);
      // the first release wrote an empty value when it could not read the slot it set aside
      if (text !== null && text !== '') found.push({key, text});
    } catch {
      // a slot that cannot be read is left as it is
    }
  }
  return found;
}

/** Keeps `text` in a free slot of its own; never replaces one already kept. Never throws. */
export function setAside(storage: StorageLike | null, text: string): AsideResult {
  if (!storage) return {kept: false, why: 'unavailable'};
  let free: string | null = null;
  try {
    for (const key of asideKeys().slice(1)) {
      const there = storage.getItem(key);
      // the same value kept already (a second tab, a reload before the slot was cleared)
      if (there === text) return {kept: true, key};
      if (there === null && free === null) free = key;
    }
  } catch {
    return {kept: false, why: 'unavailable'};
  }
  if (free === null) return {kept: false, why: 'tooMany'};
  try {
    storage.setItem(free, text);
  } catch (e) {
    return {kept: false, why: quotaError(e) ? 'full' : 'unavailable'};
  }
  // kept only if it reads back whole
  try {
    if (storage.getItem(free) === text) return {kept: true, key: free};
  } catch {
    // fall through
  }
  return {kept: false, why: 'unavailable'};
}

/** Deletes one value set aside (the reader's choice). */
export function removeAside(storage: StorageLike | null, key: string): boolean {
  if (!storage || !asideKeys().includes(key)) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The raw value in a slot, or null when there is none or it cannot be read. */
export function rawValue(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function quotaError(e: unknown): boolean {
  const name =
    e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? (e as {name: string}).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
