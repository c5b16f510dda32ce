/**
 * What the first releases kept in localStorage (one plan, the plan a link
 * had replaced, and what they could not read), moved into the plans kept in
 * IndexedDB with nothing lost. Loaded only when there is something to move.
 */
import {
  LEGACY_KEYS,
  isMoment,
  isObject,
  newRecord,
  rawText,
  recordKey,
  type KeyValueStore,
  type RecordOrigin,
} from './library';
import {parsePlanFile} from './schema';

// ---------------------------------------------------------------------------
// The plan of an earlier release, kept in localStorage

export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/** FNV-1a over a text, in hex: the same text moved twice is one record. */
function textId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}${text.length.toString(16)}`;
}

export interface LegacyMove {
  /** the record the reader's plan of the earlier release became, to open */
  planId: string | null;
  /** how many values were moved into the list */
  moved: number;
  /** values that stayed in localStorage, because the store did not keep them */
  left: number;
}

/**
 * Moves what an earlier release kept in localStorage into the store, each
 * value a record of its own (one that cannot be read is listed as such, to
 * download): the reader's plan, the plan a link had replaced, and what was
 * set aside. A value leaves localStorage only once the store has it. Never
 * throws.
 */
export async function moveLegacy(store: KeyValueStore, storage: LegacyStorage | null, now: Date): Promise<LegacyMove> {
  const result: LegacyMove = {planId: null, moved: 0, left: 0};
  if (!storage) return result;
  const slots: [string, RecordOrigin][] = [
    [LEGACY_KEYS.plan, 'legacy'],
    [LEGACY_KEYS.previous, 'legacyPrevious'],
    ...LEGACY_KEYS.aside.map((k) => [k, 'legacyAside'] as [string, RecordOrigin]),
  ];
  for (const [key, origin] of slots) {
    let value: unknown;
    try {
      value = storage.getItem(key);
    } catch {
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    const text = typeof value === 'string' ? value : rawText(value);
    const id = `legacy-${textId(text)}`;
    const parsed = parsePlanFile(text);
    // a plan keeps the moment it was saved, so that the list orders it among the others
    const savedAt = parsed.ok && isMoment(parsed.file.savedAt) ? new Date(parsed.file.savedAt) : now;
    try {
      await store.update(recordKey(id), (old) => old ?? newRecord(id, text, savedAt, origin));
      const back = await store.get(recordKey(id));
      if (!isObject(back) || back.text !== text) throw new Error('not kept');
    } catch {
      result.left++;
      continue;
    }
    result.moved++;
    if (origin === 'legacy' && parsed.ok) result.planId = id;
    try {
      storage.removeItem(key);
    } catch {
      // it stays, and moves again as the same record next time
    }
  }
  return result;
}
