import {useId, useMemo, useState, type ReactNode} from 'react';
import type {Locale} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import {KEEP_DELETED_DAYS} from '@site/src/planner/library';
import {listEntries, type PlanEntry} from '@site/src/planner/libraryList';
import {MAX_BUNDLE_BYTES, restoreBundleBytes} from '@site/src/planner/bundle';
import {LIMITS} from '@site/src/planner/plan';
import type {PlanError} from '@site/src/planner/schema';
import {errorMessages, ownerNames, titled} from '@site/src/planner/strings';
import {partiesLine} from '@site/src/planner/summary';
import {download} from '../Checklist/download';
import PlannerFilePicker from '../FilePicker';
import PlannerTextField from '../TextField';
import type {PlanLibrary} from '../usePlanLibrary';
import {fill, t} from '../text';
import {listText as l} from './text';
import styles from './styles.module.css';

const when = (moment: string | null, locale: Locale) =>
  moment === null
    ? ''
    : new Date(moment).toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB', {dateStyle: 'medium', timeStyle: 'short'});

/** About how much, in kB, MB or GB, as the reader's language writes numbers. */
function size(bytes: number, locale: Locale): string {
  const [unit, scale] = bytes >= 1e9 ? ['GB', 1e9] : bytes >= 1e6 ? ['MB', 1e6] : ['kB', 1e3];
  const n = unit === 'kB' ? Math.max(1, Math.round(bytes / scale)) : bytes / scale;
  return `${n.toLocaleString(locale, {maximumFractionDigits: 1})} ${unit}`;
}

const ORIGIN_WORDS = {
  legacy: l.originLegacy,
  legacyPrevious: l.originLegacyPrevious,
  legacyAside: l.originLegacyAside,
  bundle: l.originBundle,
  file: l.originFile,
  link: l.originLink,
  copy: l.originCopy,
} as const;

/** A day-stamped file name, as the planner's other downloads have. */
const dated = (stem: string) => `${stem}-${new Date().toISOString().slice(0, 10)}.json`;

/**
 * Every plan kept in this browser: each to open, rename, duplicate, download
 * or delete; the deleted ones, for a while, to bring back; what cannot be
 * opened, to download as kept; all of them as one file, and back from it.
 */
export default function PlannerPlanList({library}: {library: PlanLibrary}): ReactNode {
  const locale = useLocale();
  const {reads, usage, currentId} = library;
  const list = useMemo(() => (reads ? listEntries(reads) : null), [reads]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<PlanError | 'unavailable' | null>(null);
  const headingId = useId();

  const downloadRaw = async (entry: PlanEntry) => {
    const text = await (await library.act()).rawOf(entry.id);
    if (text !== null) download(text, dated(`planner-kept-${entry.id.slice(0, 12)}`), 'application/json');
  };
  const downloadAll = async () => {
    const text = await (await library.act()).bundle();
    if (text !== null) download(text, dated('partnership-plans'), 'application/json');
  };
  const restoreAll = async (file: File) => {
    setError(null);
    if (file.size > MAX_BUNDLE_BYTES) {
      setError('tooLarge');
      return;
    }
    try {
      const {restoreBundle} = await library.act();
      setError(await restoreBundleBytes(new Uint8Array(await file.arrayBuffer()), restoreBundle));
    } catch {
      setError('unreadableFile');
    }
  };

  const planEntry = (entry: PlanEntry) => {
    const name = entry.name.trim() || t.untitled[locale];
    const open = entry.id === currentId;
    const parties = partiesLine({names: entry.parties}, locale);
    return (
      <li key={entry.id} className={styles.entry} data-plan={entry.id} data-state={entry.state}>
        <p className={styles.name}>
          <strong>{name}</strong>
          {open && <span className={styles.badge}>{l.listOpenNow[locale]}</span>}
        </p>
        <p className={styles.details}>
          {entry.role && <span>{titled(l.listRole[locale], ownerNames[entry.role][locale], locale)}</span>}
          {parties && <span>{titled(l.listParties[locale], parties, locale)}</span>}
          <span>{titled(l.listSaved[locale], when(entry.savedAt, locale), locale)}</span>
          {entry.origin && <span>{ORIGIN_WORDS[entry.origin][locale]}</span>}
        </p>
        {renaming === entry.id ? (
          <form
            className={styles.rename}
            onSubmit={(e) => {
              e.preventDefault();
              void library
                .act()
                .then((a) => a.rename(entry.id, draft))
                .then(() => setRenaming(null));
            }}
          >
            <PlannerTextField
              label={l.listRenameLabel[locale]}
              value={draft}
              max={LIMITS.name}
              onChange={setDraft}
              autoFocus
            />
            <button type="submit" className="button button--sm button--primary">
              {l.listRenameSave[locale]}
            </button>{' '}
            <button type="button" className="button button--sm button--link" onClick={() => setRenaming(null)}>
              {l.listCancel[locale]}
            </button>
          </form>
        ) : (
          <div className={styles.actions}>
            {!open && (
              <button
                type="button"
                className="button button--sm button--primary"
                onClick={() => void library.open(entry.id)}
                aria-label={`${l.listOpen[locale]}: ${name}`}
              >
                {l.listOpen[locale]}
              </button>
            )}
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              onClick={() => {
                setDraft(entry.name);
                setRenaming(entry.id);
              }}
              aria-label={`${l.listRename[locale]}: ${name}`}
            >
              {l.listRename[locale]}
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              onClick={() => void library.act().then((a) => a.duplicate(entry.id, l.copySuffix))}
              aria-label={`${l.listDuplicate[locale]}: ${name}`}
              title={l.listDuplicateHint[locale]}
            >
              {l.listDuplicate[locale]}
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--primary"
              onClick={() => void downloadRaw(entry)}
              aria-label={`${l.listDownload[locale]}: ${name}`}
            >
              {l.listDownload[locale]}
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => void library.act().then((a) => a.remove(entry.id))}
              aria-label={fill(l.listDeleteName[locale], {name})}
            >
              {l.listDelete[locale]}
            </button>
          </div>
        )}
      </li>
    );
  };

  const unopenedEntry = (entry: PlanEntry) => (
    <li key={entry.id} className={styles.entry} data-plan={entry.id} data-state={entry.state}>
      <p className={styles.name}>
        <strong>
          {entry.state === 'newer'
            ? l.unopenedNewer[locale]
            : fill(l.unopenedDamaged[locale], {why: errorMessages[entry.error ?? 'invalid'][locale]})}
        </strong>
      </p>
      <p className={styles.details}>
        {entry.savedAt && <span>{titled(l.listSaved[locale], when(entry.savedAt, locale), locale)}</span>}
        <span>{size(entry.size, locale)}</span>
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => void downloadRaw(entry)}
        >
          {l.downloadAsKept[locale]}
        </button>
        <button
          type="button"
          className="button button--sm button--link"
          onClick={() => void library.act().then((a) => a.erase(entry.id))}
        >
          {l.listErase[locale]}
        </button>
      </div>
    </li>
  );

  const deletedEntry = (entry: PlanEntry) => {
    const name = entry.state === 'plan' ? entry.name.trim() || t.untitled[locale] : l.unopenedNewer[locale];
    return (
      <li key={entry.id} className={styles.entry} data-plan={entry.id} data-state="deleted">
        <p className={styles.name}>
          <strong>{name}</strong>
        </p>
        <p className={styles.details}>
          <span>{fill(l.deletedOn[locale], {date: when(entry.deletedAt, locale)})}</span>
        </p>
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            onClick={() => void library.act().then((a) => a.restore(entry.id))}
            aria-label={`${t.listRestore[locale]}: ${name}`}
          >
            {t.listRestore[locale]}
          </button>
          <button
            type="button"
            className="button button--sm button--link"
            onClick={() => void library.act().then((a) => a.erase(entry.id))}
            aria-label={`${l.listErase[locale]}: ${name}`}
          >
            {l.listErase[locale]}
          </button>
        </div>
      </li>
    );
  };

  if (!list) return null;
  return (
    <div className={styles.list} data-testid="planner-plan-list">
      <ul className={styles.entries} aria-label={t.plansHeading[locale]}>
        {list.kept.map((entry) => (entry.state === 'plan' ? planEntry(entry) : unopenedEntry(entry)))}
      </ul>
      <div className={styles.all}>
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => void downloadAll()}
          disabled={list.kept.length + list.deleted.length === 0}
        >
          {l.downloadAll[locale]}
        </button>
        <PlannerFilePicker
          label={l.restoreAll[locale]}
          onFile={(file) => void restoreAll(file)}
          testId="plans-file-input"
          small
        />
      </div>
      <div role="alert">
        {error && (
          <p className={styles.error} data-testid="planner-plans-error">
            {errorMessages[error][locale]}
          </p>
        )}
      </div>
      {usage && usage.usage !== null && usage.quota !== null && (
        <p className={styles.usage} data-testid="planner-usage">
          {fill(l.usage[locale], {used: size(usage.usage, locale), quota: size(usage.quota, locale)})}{' '}
          {usage.persisted === null ? null : usage.persisted ? l.persisted[locale] : l.notPersisted[locale]}
        </p>
      )}
      {list.deleted.length > 0 && (
        <>
          <h3 id={headingId} className={styles.deletedHeading}>
            {fill(l.deletedHeading[locale], {days: KEEP_DELETED_DAYS})}
          </h3>
          <ul className={styles.entries} aria-labelledby={headingId}>
            {list.deleted.map(deletedEntry)}
          </ul>
        </>
      )}
    </div>
  );
}
