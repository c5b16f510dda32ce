import {addPlan, changeRecord, latestPlan, readAll, readOne, recordKey, removeRecord} from '@site/src/planner/library';
import {copyOfPlan} from '@site/src/planner/libraryList';
import {bundleText, newToStore, parseBundle} from '@site/src/planner/bundle';
import type {PlanError} from '@site/src/planner/schema';
import type {Text} from '@site/src/catalog/types';
import {randomId} from './browserStore';
import type {LibraryInternals} from './usePlanLibrary';

/** What the list of plans does, besides opening one. */
export interface PlanActions {
  /** a copy for another customer of the same partner, opened; `suffix` marks its name */
  duplicate: (id: string, suffix: Text) => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
  /** to the deleted plans, from which it can be brought back for a while */
  remove: (id: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  /** for good: what cannot be opened, or a deleted plan */
  erase: (id: string) => Promise<void>;
  /** a record's text as kept, for download */
  rawOf: (id: string) => Promise<string | null>;
  /** every plan in one file */
  bundle: () => Promise<string | null>;
  /** the plans of such a file that this browser does not keep already, added; what went wrong, or null */
  restoreBundle: (text: string) => Promise<PlanError | 'unavailable' | null>;
}

/**
 * The list's actions on the plans kept in this browser, over the tab's own
 * (usePlanLibrary): loaded when the list or a notice first needs one.
 */
export function planActions(get: () => LibraryInternals): PlanActions {
  const store = () => get().live.current.store;
  const now = () => new Date();
  const announce = (id: string) => get().tell({type: 'saved', id, rev: -1});

  return {
    async duplicate(id, suffix) {
      const {readPlan, locale, switchTo, listChanged} = get();
      const read = await readPlan(id);
      const kv = store();
      if (!read || !kv) return;
      const copy = copyOfPlan(read.plan, randomId(), suffix, locale);
      const newId = randomId();
      if ((await addPlan(kv, newId, copy, 'copy', locale, now())) !== true) return;
      const added = await readPlan(newId);
      if (added) await switchTo({id: newId, read: added});
      await listChanged();
    },

    async rename(id, name) {
      const {live, actor, write, locale, listChanged} = get();
      if (id === live.current.id) {
        // the plan open here: as if the reader had typed it in the name field
        actor.send({type: 'SET_NAME', field: 'partnership', value: name});
        await write();
      } else {
        const kv = store();
        if (!kv) return;
        await changeRecord(kv, id, {plan: (p) => ({...p, names: {...p.names, partnership: name}})}, locale, now());
        announce(id);
      }
      await listChanged();
    },

    async remove(id) {
      const {live, readPlan, write, locale, switchTo, setNotice, listChanged} = get();
      const kv = store();
      if (!kv) return;
      const read = await readPlan(id);
      const open = id === live.current.id;
      if (open) await write();
      if ((await changeRecord(kv, id, {deletedAt: now().toISOString()}, locale, now())) !== true) return;
      announce(id);
      if (open) {
        // the plan changed last, or a new one
        const next = latestPlan(((await readAll(kv)) ?? []).filter((x) => x.id !== id));
        await switchTo(next ? {id: next.id, read: next} : {id: null, origin: null}, false);
      }
      setNotice({kind: 'deleted', id, name: read?.plan.names.partnership ?? ''});
      await listChanged();
    },

    async restore(id) {
      const {locale, setNotice, listChanged} = get();
      const kv = store();
      if (!kv) return;
      await changeRecord(kv, id, {deletedAt: null}, locale, now());
      announce(id);
      setNotice(null);
      await listChanged();
    },

    async erase(id) {
      const {live, listChanged} = get();
      const kv = store();
      if (!kv || id === live.current.id) return;
      await removeRecord(kv, id);
      await listChanged();
    },

    async rawOf(id) {
      const kv = store();
      if (!kv) return null;
      const read = await readOne(kv, id);
      if (read === null || read === 'unavailable') return null;
      if (read.kind === 'plan') return read.record.text;
      if (read.kind === 'unreadable') return read.raw;
      // a newer release's record: its plan file as kept
      const value = await kv.get(recordKey(id));
      const text = (value as {text?: unknown} | null)?.text;
      return typeof text === 'string' ? text : JSON.stringify(value);
    },

    async bundle() {
      const kv = store();
      if (!kv) return null;
      await get().write();
      const reads = await readAll(kv);
      return reads ? bundleText(reads, now()) : null;
    },

    async restoreBundle(text) {
      const {locale, setNotice, wantList, listChanged} = get();
      const parsed = parseBundle(text);
      if (!parsed.ok) return parsed.error;
      const kv = store();
      if (!kv) return 'unavailable';
      const fresh = newToStore(parsed.plans, (await readAll(kv)) ?? []);
      let added = 0;
      for (const {plan, deletedAt} of fresh) {
        const id = randomId();
        if ((await addPlan(kv, id, plan, 'bundle', locale, now())) !== true) continue;
        if (deletedAt) await changeRecord(kv, id, {deletedAt}, locale, now());
        added++;
      }
      setNotice({kind: 'bundle', added, known: parsed.plans.length - fresh.length, refused: parsed.refused});
      wantList();
      await listChanged();
      return null;
    },
  };
}
