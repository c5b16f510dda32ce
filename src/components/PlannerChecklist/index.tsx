import clsx from 'clsx';
import {memo, startTransition, useContext, useEffect, useMemo, useState, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {phases, sameText, type Locale} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {LIMITS, LINE_STATUSES, OWNERS, type Owner, type Plan} from '@site/src/planner/plan';
import {
  deriveChecklist,
  groupLines,
  viewLines,
  type ChecklistLine,
  type ChecklistView,
} from '@site/src/planner/checklist';
import {columns, ownerNames, plannerTitle, sourceNames, statusNames, viewNames} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerChoice from '@site/src/components/PlannerChoice';
import PlannerTextField from '@site/src/components/PlannerTextField';
import Link from '@docusaurus/Link';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {StepOnScreen} from '@site/src/components/PlannerLater';
import {fill, t} from '@site/src/components/Planner/text';
import {exportMeta} from '@site/src/planner/exporters/meta';
import {download} from './download';
import styles from './styles.module.css';

type Format = 'csv' | 'xlsx' | 'markdown';

/**
 * The lines that paint with the step; the rest follow at once, without holding
 * it up. With the step scrolled to the top, under its views and downloads, a
 * 1920 × 1080 screen shows the start of five; 1280 × 800, three; a phone, two.
 */
const FIRST_LINES = 5;

/** A name in brackets after a label: full-width in Japanese, " (…)" in English, as in the exports. */
function bracketed(name: string, locale: Locale): string {
  return locale === 'ja' ? `（${name}）` : ` (${name})`;
}

function ownerLabel(owner: Owner, plan: Plan, locale: Locale): string {
  const name = owner === 'both' ? '' : plan.names[owner];
  return name ? `${ownerNames[owner][locale]}${bracketed(name, locale)}` : ownerNames[owner][locale];
}

/** Step 7: the checklist in one of its three views, with its downloads. */
export default function PlannerChecklist({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const [view, setView] = useState<ChecklistView>(plan.role === 'customer' ? 'customer' : 'providers');
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  // The date printed on the checklist; set after mount, so the server render has none.
  const [printedOn, setPrintedOn] = useState<Date | null>(null);
  useEffect(() => setPrintedOn(new Date()), []);
  const all = useMemo(() => deriveChecklist(plan), [plan]);
  const lines = viewLines(all, view);
  // A long checklist opens in two renders: the first screenful with the
  // step, then every line, in a transition the browser can paint around.
  // Printing never waits for the second. Rendered out of sight, ahead of
  // the reader, the checklist keeps to its first screenful until it is shown.
  const onScreen = useContext(StepOnScreen);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (onScreen) startTransition(() => setComplete(true));
  }, [onScreen]);
  useEffect(() => {
    const beforePrint = () => flushSync(() => setComplete(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);
  const shown = complete ? lines : lines.slice(0, FIRST_LINES);
  const counts = Object.fromEntries(LINE_STATUSES.map((s) => [s, lines.filter((l) => l.status === s).length]));

  const exportAs = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    const now = new Date();
    try {
      const {exportFileName} = await import('@site/src/planner/exporters/meta');
      if (format === 'csv') {
        const {toCsv, CSV_MIME} = await import('@site/src/planner/exporters/csv');
        download(toCsv(plan, lines, view, locale, now), exportFileName(plan, view, locale, now, 'csv'), CSV_MIME);
      } else if (format === 'xlsx') {
        const {toXlsx, XLSX_MIME} = await import('@site/src/planner/exporters/xlsx');
        download(await toXlsx(plan, lines, view, locale, now), exportFileName(plan, view, locale, now, 'xlsx'), XLSX_MIME);
      } else {
        const {toMarkdown} = await import('@site/src/planner/exporters/markdown');
        download(toMarkdown(plan, lines, view, locale, now), exportFileName(plan, view, locale, now, 'md'), 'text/markdown;charset=utf-8');
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.checklist} data-complete={complete ? 'true' : 'false'}>
      <div className={styles.controls}>
        <PlannerChoice<ChecklistView>
          name="planner-view"
          legend={t.view[locale]}
          value={view}
          choices={(['providers', 'customer', 'agenda'] as const).map((v) => ({value: v, label: viewNames[v][locale]}))}
          onChange={setView}
        />
        <section className={styles.downloads} aria-labelledby="planner-downloads">
          <h3 id="planner-downloads">{t.downloads[locale]}</h3>
          <div className={styles.buttons}>
            {(['csv', 'xlsx', 'markdown'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button button--outline button--primary"
                onClick={() => void exportAs(format)}
                disabled={busy !== null}
                data-format={format}
              >
                {busy === format ? t.preparing[locale] : t[format][locale]}
              </button>
            ))}
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t.print[locale]}
            </button>
          </div>
          {failed && (
            <p role="alert" className={styles.failed}>
              {t.downloadFailed[locale]}
            </p>
          )}
        </section>
      </div>

      <header className={styles.printHeader}>
        <p className={styles.printTitle}>
          {plannerTitle[locale]}
          {plan.names.partnership && `: ${plan.names.partnership}`}
        </p>
        {printedOn && (
          <dl className={styles.printMeta}>
            {exportMeta(plan, view, locale, printedOn).map(({label, value}) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </header>

      <p className={styles.summary} aria-live="polite">
        {fill(t.lines[locale], {n: lines.length})} ·{' '}
        {fill(t.summary[locale], counts)}
      </p>

      {view === 'customer' && plan.pattern && (
        <div className={styles.whoToCall}>
          <h3>{t.whoToCall[locale]}</h3>
          <p>
            {plan.pattern === 'p2'
              ? fill(t.whoToCallP2[locale], {name: plan.names.lead ? bracketed(plan.names.lead, locale) : ''})
              : t.whoToCallP1[locale]}
          </p>
          <p className={styles.related}>
            <Link to="/guide/related/customers">{t.forCustomers[locale]}</Link>
          </p>
        </div>
      )}

      {view === 'agenda' && lines.length === 0 && <p>{t.emptyAgenda[locale]}</p>}

      {groupLines(shown).map((block) => (
        <section key={block.phase} className={styles.phase} aria-labelledby={`phase-${block.phase}`}>
          <h3 id={`phase-${block.phase}`} className={styles.phaseHeading}>
            {phases.find((p) => p.id === block.phase)!.name[locale]}
          </h3>
          {block.groups.map(({group, lines: groupLinesOf}) => (
            <div key={`${group.kind}-${group.id}`} className={styles.group}>
              <h4 className={styles.groupHeading}>
                <Term text={group.name} /> <FigureLink n={group.figure} />
              </h4>
              <ul className={styles.lines}>
                {groupLinesOf.map((line, i) => (
                  <LineRow
                    key={line.id}
                    line={line}
                    plan={plan}
                    locale={locale}
                    send={send}
                    firstOfItem={i === 0 || !sameText(groupLinesOf[i - 1]!.item, line.item)}
                    showFigure={line.figure !== group.figure}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

const LineRow = memo(
  function LineRow({
    line,
    plan,
    locale,
    send,
    firstOfItem,
    showFigure,
  }: {
    line: ChecklistLine;
    plan: Plan;
    locale: Locale;
    send: SendPlannerEvent;
    /** the item's name is shown over its first question only */
    firstOfItem: boolean;
    /** a line's figure is shown where it differs from its group's */
    showFigure: boolean;
  }): ReactNode {
    const [writing, setWriting] = useState(false);
    const statusId = `status-${line.id}`;
    const ownerId = `owner-${line.id}`;
    return (
      <li
        className={clsx(styles.line, firstOfItem && styles.firstOfItem)}
        data-line={line.id}
        data-status={line.status}
      >
        <input
          type="checkbox"
          className={styles.done}
          checked={line.status === 'done'}
          aria-label={`${statusNames.done[locale]}: ${line.text[locale]}`}
          onChange={(e) => send({type: 'SET_LINE_STATUS', line: line.id, status: e.target.checked ? 'done' : 'open'})}
        />
        <div className={styles.body}>
          <p className={styles.item} hidden={!firstOfItem && !showFigure && line.source !== 'site'}>
            {firstOfItem && <strong>{line.item[locale]}</strong>}
            {showFigure && (
              <span className={styles.ref}>
                <FigureLink n={line.figure} />
              </span>
            )}
            {line.source === 'site' && (
              <span className={styles.site} title={t.siteQuestionTitle[locale]}>
                {sourceNames.site[locale]}
              </span>
            )}
          </p>
          <p className={styles.text}>{line.text[locale]}</p>
          <div className={styles.fields}>
            <label htmlFor={statusId} className={styles.fieldLabel}>
              {columns.status[locale]}
              <select
                id={statusId}
                value={line.status}
                onChange={(e) =>
                  send({type: 'SET_LINE_STATUS', line: line.id, status: e.target.value as ChecklistLine['status']})
                }
              >
                {LINE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusNames[s][locale]}
                  </option>
                ))}
              </select>
              <span className={styles.printValue}>{statusNames[line.status][locale]}</span>
            </label>
            <label htmlFor={ownerId} className={styles.fieldLabel}>
              {columns.owner[locale]}
              <select
                id={ownerId}
                value={line.owner}
                onChange={(e) => send({type: 'SET_LINE_OWNER', line: line.id, owner: e.target.value as Owner})}
              >
                {OWNERS.map((o) => (
                  <option key={o} value={o}>
                    {ownerLabel(o, plan, locale)}
                  </option>
                ))}
              </select>
              <span className={styles.printValue}>{ownerLabel(line.owner, plan, locale)}</span>
            </label>
            <div className={styles.note} data-empty={line.note === '' ? 'true' : 'false'}>
              {line.note === '' && !writing ? (
                // A line without a note shows a button, not a field: a checklist
                // of a few hundred lines opens faster, and stays easier to scan.
                <button
                  type="button"
                  className={styles.addNote}
                  onClick={() => setWriting(true)}
                  aria-label={`${t.addNote[locale]}: ${line.text[locale]}`}
                >
                  + {t.addNote[locale]}
                </button>
              ) : (
                <PlannerTextField
                  label={`${columns.note[locale]}: ${line.text[locale]}`}
                  hideLabel
                  multiline
                  autoFocus={writing && line.note === ''}
                  value={line.note}
                  max={LIMITS.note}
                  onChange={(note) => send({type: 'SET_LINE_NOTE', line: line.id, note})}
                />
              )}
            </div>
          </div>
        </div>
      </li>
    );
  },
  (a, b) =>
    a.line.id === b.line.id &&
    a.line.status === b.line.status &&
    a.line.owner === b.line.owner &&
    a.line.note === b.line.note &&
    a.locale === b.locale &&
    a.firstOfItem === b.firstOfItem &&
    a.showFigure === b.showFigure &&
    a.send === b.send &&
    a.plan.names === b.plan.names,
);
