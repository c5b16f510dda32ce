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
  | {kind: 'none'}
  | {kind: 'loaded'; plan: Plan}
  | {kind: 'unreadable'; error: PlanError | 'unavailable'};

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
export function save(storage: StorageLike | null, plan: Plan | null, locale: Locale, now: Date, key = STORAGE_KEY): SaveResult {
  if (!storage) return 'unavailable';
  try {
    if (plan === null || isBlank(plan)) storage.removeItem(key);
    else storage.setItem(key, serializePlanFile(toPlanFile(plan, locale, now)));
    return 'saved';
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}
