import {Suspense, lazy, useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {TEXT_PAIRS_FILE} from '@site/src/planner/textPairsFile';
import {phases} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {
  NO_FILTER,
  byPhase,
  checklistRows,
  countStatuses,
  deriveChecklist,
  filterLines,
  groupKey,
  isFiltered,
  rowSection,
  viewLines,
  type ChecklistFilter,
  type ChecklistRow,
  type ChecklistView,
  type RowSection,
} from '@site/src/planner/checklist';
import type {Text} from '@site/src/catalog';
import {bracketed, plannerTitle, titled, viewName} from '@site/src/planner/strings';
import {exportMeta} from '@site/src/planner/exporters/meta';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerChoice from '@site/src/components/Planner/Choice';
import PlannerSummary from '@site/src/components/Planner/Summary';
import PlannerFilters from '@site/src/components/Planner/Filters';
import PlannerRow from '@site/src/components/Planner/Row';
import PlannerAgenda from '@site/src/components/Planner/Agenda';
import PlannerContacts from '@site/src/components/Planner/Contacts';
import {fill, t} from '@site/src/components/Planner/text';
import {download} from './download';

/** The values of the agreements and pattern 2's SLA chain: loaded with the checklist, not with the page. */
const loadValues = () => import('@site/src/components/Planner/Values');
const PlannerSlaChain = lazy(() => import('@site/src/components/Planner/SlaChain'));
import styles from './styles.module.css';

type Format = 'csv' | 'xlsx' | 'markdown';

const sectionNames: Record<RowSection, Text> = {
  providerAgreements: t.sectionProviderAgreements,
  customerAgreements: t.customerAgreements,
  analysis: t.actions,
  requirements: t.requirements,
  guidelines: t.guidelines,
  watch: t.watch,
  customerGuide: t.customerGuide,
};

/** Consecutive rows of one kind, each kind once, in the order they come. */
function sections<T extends {row: ChecklistRow}>(items: T[]): {section: RowSection; items: T[]}[] {
  const out: {section: RowSection; items: T[]}[] = [];
  for (const item of items) {
    const section = rowSection(item.row.group);
    const last = out[out.length - 1];
    if (last && last.section === section) last.items.push(item);
    else out.push({section, items: [item]});
  }
  return out;
}

const VIEWS: readonly ChecklistView[] = ['plan', 'agenda', 'customer'];
/** A customer's plan is already what they confirm with the providers. */
const CUSTOMER_VIEWS: readonly ChecklistView[] = ['plan', 'agenda'];

/**
 * Step 7: the plan. First the answers it rests on; then the checklist as a
 * task list (one row per agreement, requirement, guideline or customer
 * topic, each opened on demand), the next meeting's agenda, or what the
 * customer confirms; and the downloads of what is shown.
 */
export default function PlannerChecklist({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const customer = plan.role === 'customer';
  const [view, setView] = useState<ChecklistView>('plan');
  const [filter, setFilter] = useState<ChecklistFilter>(NO_FILTER);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  // both languages, side by side, for a Japanese and an English-speaking party: on screen, on paper
  // and in the downloads. This build carries one language's half of the texts; the other half is
  // fetched once, when first asked for, and the lines derived again.
  const [both, setBoth] = useState(false);
  const [textsCompleted, setTextsCompleted] = useState(false);
  const [bothFailed, setBothFailed] = useState(false);
  const textPairsUrl = useBaseUrl(`/${TEXT_PAIRS_FILE}`);
  const completeOtherLanguage = useCallback(async (): Promise<void> => {
    if (textsCompleted) return;
    const {completeTexts} = await import('@site/src/planner/bilingual');
    const response = await fetch(textPairsUrl);
    if (!response.ok) throw new Error(`${response.status}`);
    completeTexts((await response.json()) as Record<string, [string, string]>);
    setTextsCompleted(true);
  }, [textsCompleted, textPairsUrl]);
  const chooseBoth = (on: boolean) => {
    setBoth(on);
    setBothFailed(false);
    if (on) completeOtherLanguage().catch(() => setBothFailed(true));
  };
  // The date printed on the checklist; set after mount, so the server render has none.
  const [printedOn, setPrintedOn] = useState<Date | null>(null);
  useEffect(() => setPrintedOn(new Date()), []);
  // the rows' values, ready before a row is opened or the page printed
  useEffect(() => void loadValues(), []);
  // A printout shows every row open, whatever is open on screen.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  // derived again once the other language's texts are in
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the catalog's texts changed in place
  const all = useMemo(() => deriveChecklist(plan), [plan, textsCompleted]);
  const other = both && textsCompleted ? (locale === 'ja' ? 'en' : 'ja') : null;
  const viewed = useMemo(() => viewLines(all, view, plan), [all, view, plan]);
  const names = useMemo(
    () => ({role: plan.role, names: plan.names, pattern: plan.pattern}),
    [plan.role, plan.names, plan.pattern],
  );
  const agenda = useMemo(() => new Set(plan.meeting.agenda), [plan.meeting.agenda]);
  const rows = useMemo(() => checklistRows(viewed, plan), [viewed, plan]);
  const filtered = isFiltered(filter);
  const matching = useMemo(
    () => new Set(filterLines(viewed, filter, plan.role, locale).map((l) => l.id)),
    [viewed, filter, plan.role, locale],
  );
  const shownRows = rows
    .map((row) => ({row, shown: filtered ? row.lines.filter((l) => matching.has(l.id)) : row.lines}))
    .filter(({shown}) => shown.length > 0);
  const counts = countStatuses(viewed);
  // Words typed into the search open the rows that hold them; the reader can close any again.
  const searched = filter.text.trim();
  useEffect(() => {
    if (!searched) return;
    setOpen(
      (current) =>
        new Set([...current, ...rows.filter((r) => r.lines.some((l) => matching.has(l.id))).map((r) => r.key)]),
    );
    // only when the words change, not on every answer
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searched]);

  const toggle = useCallback(
    (key: string) =>
      setOpen((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );

  const exportAs = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    const now = new Date();
    try {
      const {exportFileName} = await import('@site/src/planner/exporters/meta');
      let lines = viewed;
      if (both && !textsCompleted) {
        await completeOtherLanguage();
        lines = viewLines(deriveChecklist(plan), view, plan);
      }
      const options = {both};
      const name = (ext: string) => exportFileName(plan, view, now, both ? `ja-en.${ext}` : ext);
      if (format === 'csv') {
        const {toCsv, CSV_MIME} = await import('@site/src/planner/exporters/csv');
        download(toCsv(plan, lines, view, locale, now, options), name('csv'), CSV_MIME);
      } else if (format === 'xlsx') {
        const {toXlsx, XLSX_MIME} = await import('@site/src/planner/exporters/xlsx');
        download(await toXlsx(plan, lines, view, locale, now, options), name('xlsx'), XLSX_MIME);
      } else {
        const {toMarkdown} = await import('@site/src/planner/exporters/markdown');
        download(toMarkdown(plan, lines, view, locale, now, options), name('md'), 'text/markdown;charset=utf-8');
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.checklist} data-view={view}>
      <PlannerSummary plan={plan} send={send} />
      {plan.pattern === 'p2' && plan.role !== 'customer' && (
        <Suspense fallback={null}>
          <PlannerSlaChain plan={plan} />
        </Suspense>
      )}

      <div className={styles.controls}>
        <PlannerChoice<ChecklistView>
          name="planner-view"
          legend={t.view[locale]}
          value={view}
          choices={(customer ? CUSTOMER_VIEWS : VIEWS).map((v) => ({value: v, label: viewName(v, plan.role)[locale]}))}
          onChange={setView}
          inline
        />
        <section className={styles.downloads} aria-labelledby="planner-downloads">
          <h3 id="planner-downloads">{t.downloads[locale]}</h3>
          <p className={styles.downloadsOf}>{viewName(view, plan.role)[locale]}</p>
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
          <label className={styles.both}>
            <input type="checkbox" checked={both} onChange={(e) => chooseBoth(e.target.checked)} />
            {t.bothLanguages[locale]}
          </label>
          {bothFailed && (
            <p role="alert" className={styles.failed}>
              {t.bothFailed[locale]}
            </p>
          )}
          {failed && (
            <p role="alert" className={styles.failed}>
              {t.downloadFailed[locale]}
            </p>
          )}
        </section>
      </div>

      <header className={styles.printHeader}>
        <p className={styles.printTitle}>
          {plan.names.partnership.trim()
            ? titled(viewName(view, plan.role)[locale], plan.names.partnership.trim(), locale)
            : viewName(view, plan.role)[locale]}
        </p>
        {printedOn && (
          <dl className={styles.printMeta}>
            {exportMeta(plan, view, locale, printedOn, {brief: true}).map(({label, value}, i) => (
              <div key={i}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className={styles.printSource}>{plannerTitle[locale]}</p>
      </header>

      {view === 'agenda' ? (
        <PlannerAgenda plan={plan} lines={all} send={send} />
      ) : (
        <section aria-labelledby="planner-lines">
          <h3 id="planner-lines" className={styles.linesHeading}>
            {customer ? t.customerCheckHeading[locale] : t.checklistHeading[locale]}
          </h3>
          {customer && (
            <div className={styles.customerIntro}>
              <p>{plan.pattern === 'p1' ? t.customerCheckP1[locale] : t.customerCheckP2[locale]}</p>
              <p className={styles.skipped}>
                {t.customerSkipped[locale]} <Link to="/guide/chapter-3">{t.customerSkippedLink[locale]}</Link>
              </p>
            </div>
          )}
          {view === 'customer' && plan.pattern && (
            <div className={styles.whoToCall}>
              <h4>{t.whoToCall[locale]}</h4>
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
          <PlannerFilters filter={filter} onChange={setFilter} names={names} />
          <div className={styles.bar}>
            <p className={styles.counts} aria-live="polite">
              {fill(t.shown[locale], {
                rows: shownRows.length,
                lines: shownRows.reduce((n, r) => n + r.shown.length, 0),
                all: viewed.length,
              })}
              {' · '}
              {fill(t.summary[locale], counts)}
            </p>
            <div className={styles.expand}>
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => setOpen(new Set(rows.map((r) => r.key)))}
              >
                {t.expandAll[locale]}
              </button>
              <button type="button" className="button button--sm button--secondary" onClick={() => setOpen(new Set())}>
                {t.collapseAll[locale]}
              </button>
            </div>
          </div>
          {shownRows.length === 0 && <p>{t.nothingMatches[locale]}</p>}
          {byPhase(shownRows.map((r) => ({...r, phase: r.row.phase}))).map((block) => (
            <section key={block.phase} className={styles.phase} aria-labelledby={`phase-${block.phase}`}>
              <h4 id={`phase-${block.phase}`} className={styles.phaseHeading}>
                {phases.find((p) => p.id === block.phase)!.name[locale]}
              </h4>
              {sections(block.items).map(({section, items}, i, all) => (
                <div key={section}>
                  {all.length > 1 && <h5 className={styles.sectionHeading}>{sectionNames[section][locale]}</h5>}
                  <ul className={styles.rows}>
                    {items.map(({row, shown}) => (
                      <PlannerRow
                        key={groupKey(row.group)}
                        row={row}
                        shown={shown}
                        open={printing || open.has(row.key)}
                        onToggle={toggle}
                        names={names}
                        other={other}
                        agenda={agenda}
                        values={plan.values}
                        send={send}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
          {customer && <PlannerContacts plan={plan} send={send} />}
        </section>
      )}
    </div>
  );
}
