import clsx from 'clsx';
import {Suspense, lazy, memo, useState, type ReactNode} from 'react';
import {guidelineRequirements, guidelines, sameText, type AgreementId, type Locale} from '@site/src/catalog';
import type {ChecklistLine, ChecklistRow} from '@site/src/planner/checklist';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {
  LIMITS,
  LINE_STATUSES,
  OWNERS,
  PROVIDERS,
  type LineStatus,
  type Owner,
  type Plan,
  type Provider,
} from '@site/src/planner/plan';
import {
  bracketed,
  columns,
  contractWith,
  ownerLabel,
  progressNames,
  sourceExplained,
  statusNames,
  stressNames,
  titled,
} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import ChecklistRef from '@site/src/components/ChecklistRef';
import Term from '@site/src/components/Term';
import SinceGuideNote from '@site/src/components/SinceGuideNote';
import PlannerTextField from '@site/src/components/Planner/TextField';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

type Names = Pick<Plan, 'role' | 'names' | 'pattern'>;

/** An agreement's values, loaded with the checklist (Checklist starts the load) and shown in its open row. */
const PlannerValues = lazy(() => import('@site/src/components/Planner/Values'));

/**
 * One row of the checklist (an agreement, a requirement, a guideline, a
 * customer topic): closed, its name, progress, owners and the reader's part;
 * opened, its lines, each with its status, owner, note and place on the agenda.
 */
function PlannerRow({
  row,
  shown,
  open,
  onToggle,
  names,
  other = null,
  agenda,
  values,
  send,
}: {
  row: ChecklistRow;
  /** the row's lines that pass the filter, in order */
  shown: ChecklistLine[];
  open: boolean;
  onToggle: (key: string) => void;
  names: Names;
  /** the other language, shown beside the page's when the reader asks for both */
  other?: Locale | null;
  /** the ids of the lines on the agenda */
  agenda: ReadonlySet<string>;
  /** the plan's agreed values */
  values: Plan['values'];
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const panel = `row-${row.key.replace(':', '-')}`;
  const total = row.lines.length;
  const filtered = shown.length !== total;
  return (
    <li className={styles.row} data-row={row.key} data-progress={row.progress} data-open={open ? 'true' : 'false'}>
      <div className={styles.head}>
        <h4 className={styles.name}>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => onToggle(row.key)}
          >
            <span className={styles.chevron} aria-hidden="true" />
            <Term text={row.group.name} />
            {/* an English page shows the Japanese name already (Term); a Japanese one the English, when asked for both */}
            {other === 'en' && row.group.name.en && (
              <span className={styles.otherName} lang="en">
                {row.group.name.en}
              </span>
            )}
          </button>
        </h4>
        <span className={styles.figure}>
          <ChecklistRef figure={row.group.figure} related={row.group.related} />
        </span>
        <span className={styles.tag} data-progress={row.progress}>
          {progressNames[row.progress][locale]}
        </span>
        <span className={styles.facts}>
          {fill(t.rowLines[locale], {done: row.counts.done, total})}
          {filtered && <> · {fill(t.rowMatching[locale], {n: shown.length})}</>}
          {' · '}
          {titled(
            t.rowOwners[locale],
            row.owners.map((o) => ownerLabel(o, names, locale)).join(locale === 'ja' ? '、' : ', '),
            locale,
          )}
          {row.stressed > 0 && (
            <>
              {' · '}
              <strong className={styles.stressCount}>{fill(t.rowStressed[locale], {n: row.stressed})}</strong>
            </>
          )}
        </span>
        {row.yourPart && row.group.parties === 'providers' && <YourPart text={row.yourPart[locale]} locale={locale} />}
      </div>
      <div id={panel} className={styles.panel} hidden={!open}>
        {open && (
          <>
            {/* the same for every agreement with the customer: shown when one is opened */}
            {row.yourPart && row.group.parties === 'customer' && (
              <YourPart text={row.yourPart[locale]} locale={locale} />
            )}
            {row.siteOnly && <p className={styles.siteNote}>{sourceExplained.site[locale]}</p>}
            {/* what has become of the guideline since the guide: the site's dated note, apart from the guide's text */}
            {row.group.kind === 'guideline' && <SinceGuideNote id={row.group.id} />}
            {row.group.kind === 'guideline' && quotesAnother(row.group.id) && (
              <p className={styles.siteNote}>{t.quotedElsewhere[locale]}</p>
            )}
            <ul className={styles.lines}>
              {shown.map((line, i) => (
                <LineItem
                  key={line.id}
                  line={line}
                  firstOfItem={i === 0 || !sameText(shown[i - 1]!.item, line.item)}
                  showFigure={line.figure !== row.group.figure}
                  showSource={line.source === 'site' && !row.siteOnly}
                  onAgenda={agenda.has(line.id)}
                  names={names}
                  locale={locale}
                  other={other}
                  send={send}
                />
              ))}
            </ul>
            {row.group.kind === 'agreement' && (
              <Suspense fallback={null}>
                <PlannerValues
                  agreement={row.group.id as AgreementId}
                  values={values}
                  names={names}
                  customerPattern1={names.role === 'customer' && names.pattern === 'p1'}
                  send={send}
                />
              </Suspense>
            )}
          </>
        )}
      </div>
    </li>
  );
}

export default memo(PlannerRow);

function YourPart({text, locale}: {text: string; locale: Locale}): ReactNode {
  return (
    <p className={styles.yourPart}>
      <strong>
        {t.yourPart[locale]}
        {locale === 'ja' ? '：' : ': '}
      </strong>
      {text}
    </p>
  );
}

const LIST: Record<Locale, string> = {ja: '、', en: ', '};

/** Whether some of a guideline's rows quote another guideline's requirement (asked there, once). */
function quotesAnother(guideline: string): boolean {
  return guidelineRequirements.some((r) => r.guideline === guideline && r.quotes?.some(Boolean));
}

const LineItem = memo(
  function LineItem({
    line,
    firstOfItem,
    showFigure,
    showSource,
    onAgenda,
    names,
    locale,
    other,
    send,
  }: {
    line: ChecklistLine;
    /** the item's name is shown over its first question only */
    firstOfItem: boolean;
    /** a line's figure is shown where it differs from its row's */
    showFigure: boolean;
    /** a site question in a row of the guide's */
    showSource: boolean;
    onAgenda: boolean;
    names: Names;
    locale: Locale;
    other: Locale | null;
    send: SendPlannerEvent;
  }): ReactNode {
    const [writing, setWriting] = useState(false);
    const [recording, setRecording] = useState(false);
    const statusId = `status-${line.id}`;
    const ownerId = `owner-${line.id}`;
    const text = line.text[locale];
    const noteMax = Math.max(LIMITS.note, line.note.length);
    return (
      <li
        className={clsx(styles.line, firstOfItem && styles.firstOfItem)}
        data-line={line.id}
        data-status={line.status}
        data-stressed={line.stress.length > 0 ? 'true' : undefined}
      >
        <input
          type="checkbox"
          className={styles.done}
          checked={line.status === 'done'}
          aria-label={`${statusNames.done[locale]}: ${text}`}
          onChange={(e) => {
            const status = e.target.checked ? 'done' : 'open';
            // under two contracts, ticking the line ticks it under both
            if (line.providerStatus)
              for (const provider of PROVIDERS) send({type: 'SET_LINE_STATUS', line: line.id, status, provider});
            else send({type: 'SET_LINE_STATUS', line: line.id, status});
          }}
        />
        <div className={styles.body}>
          {(firstOfItem || showFigure || showSource) && (
            <p className={styles.item}>
              {firstOfItem && <strong>{line.item[locale]}</strong>}
              {showFigure && (
                <span className={styles.ref}>
                  <ChecklistRef figure={line.figure} related={line.group.related} />
                </span>
              )}
              {showSource && <span className={styles.site}>{sourceExplained.site[locale]}</span>}
            </p>
          )}
          <p className={styles.text}>{text}</p>
          {other && line.text[other] && (
            <p className={styles.otherLanguage} lang={other}>
              {firstOfItem && line.item[other] && (
                <strong>
                  {line.item[other]}
                  {other === 'ja' ? '：' : ': '}
                </strong>
              )}
              {line.text[other]}
            </p>
          )}
          {line.stress.map((s) => (
            <p key={s} className={styles.stress}>
              <span className={styles.stressTag}>{stressNames[s].tag[locale]}</span> {stressNames[s].why[locale]}
            </p>
          ))}
          {line.sources.filter((src) => src.guideline).length > 1 && (
            <div className={styles.sources}>
              <span className={styles.sourcesLabel}>{titled(t.askedAlsoBy[locale], '', locale)}</span>
              <ul>
                {line.sources.map((s, i) => (
                  <li key={i}>
                    {s.guideline ? guidelines.find((g) => g.id === s.guideline)?.name[locale] : null}{' '}
                    {s.where?.[locale]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {line.choices.length > 0 && <Choices line={line} locale={locale} send={send} />}
          <div className={styles.fields}>
            {line.providerStatus ? (
              PROVIDERS.map((provider) => (
                <StatusField
                  key={provider}
                  id={`${statusId}-${provider}`}
                  label={`${columns.status[locale]}${bracketed(contractWith(provider, names, locale), locale)}`}
                  value={line.providerStatus![provider]}
                  provider={provider}
                  locale={locale}
                  onChange={(status) => send({type: 'SET_LINE_STATUS', line: line.id, status, provider})}
                />
              ))
            ) : (
              <StatusField
                id={statusId}
                label={columns.status[locale]}
                value={line.status}
                locale={locale}
                onChange={(status) => send({type: 'SET_LINE_STATUS', line: line.id, status})}
              />
            )}
            <label htmlFor={ownerId} className={styles.fieldLabel}>
              {columns.owner[locale]}
              <select
                id={ownerId}
                value={line.owner}
                onChange={(e) => send({type: 'SET_LINE_OWNER', line: line.id, owner: e.target.value as Owner})}
              >
                {OWNERS.map((o) => (
                  <option key={o} value={o}>
                    {ownerLabel(o, names, locale)}
                  </option>
                ))}
              </select>
              <span className={styles.printValue}>{ownerLabel(line.owner, names, locale)}</span>
            </label>
            <button
              type="button"
              className={clsx(styles.small, onAgenda && styles.onAgenda)}
              aria-pressed={onAgenda}
              onClick={() =>
                send(onAgenda ? {type: 'AGENDA_REMOVE', line: line.id} : {type: 'AGENDA_ADD', lines: [line.id]})
              }
              aria-label={`${onAgenda ? t.removeFromAgenda[locale] : t.addToAgenda[locale]}: ${text}`}
            >
              {onAgenda ? `✓ ${t.onAgenda[locale]}` : `+ ${t.addToAgenda[locale]}`}
            </button>
            {line.note === '' && !writing && (
              // A line without a note shows a button, not a field: the list stays easy to scan.
              <button
                type="button"
                className={styles.small}
                onClick={() => setWriting(true)}
                aria-label={`${t.addNote[locale]}: ${text}`}
              >
                + {t.addNote[locale]}
              </button>
            )}
            {line.outcome === '' && !recording && (
              <button
                type="button"
                className={styles.small}
                onClick={() => setRecording(true)}
                aria-label={`${t.addOutcome[locale]}: ${text}`}
              >
                + {t.addOutcome[locale]}
              </button>
            )}
          </div>
          {(line.note !== '' || writing) && (
            <div className={styles.note}>
              <PlannerTextField
                label={titled(columns.note[locale], text, locale)}
                multiline
                autoFocus={writing && line.note === ''}
                value={line.note}
                max={noteMax}
                onChange={(note) => send({type: 'SET_LINE_NOTE', line: line.id, note})}
              />
            </div>
          )}
          {(line.outcome !== '' || recording) && (
            <div className={styles.note}>
              <PlannerTextField
                label={titled(t.outcomeLabel[locale], text, locale)}
                multiline
                autoFocus={recording && line.outcome === ''}
                value={line.outcome}
                max={LIMITS.note}
                onChange={(outcome) => send({type: 'SET_LINE_OUTCOME', line: line.id, outcome})}
              />
            </div>
          )}
        </div>
      </li>
    );
  },
  (a, b) =>
    a.line === b.line ||
    (a.line.id === b.line.id &&
      a.line.status === b.line.status &&
      a.line.providerStatus?.lead === b.line.providerStatus?.lead &&
      a.line.providerStatus?.partner === b.line.providerStatus?.partner &&
      a.line.owner === b.line.owner &&
      a.line.note === b.line.note &&
      a.line.outcome === b.line.outcome &&
      a.line.chosen.join() === b.line.chosen.join() &&
      a.line.stress.join() === b.line.stress.join() &&
      a.firstOfItem === b.firstOfItem &&
      a.showFigure === b.showFigure &&
      a.showSource === b.showSource &&
      a.onAgenda === b.onAgenda &&
      a.names === b.names &&
      a.locale === b.locale &&
      a.other === b.other &&
      a.send === b.send),
);

/** A line's status (or its status under one provider's contract), with what a printout shows in its place. */
function StatusField({
  id,
  label,
  value,
  provider,
  locale,
  onChange,
}: {
  id: string;
  label: string;
  value: LineStatus;
  provider?: Provider;
  locale: Locale;
  onChange: (status: LineStatus) => void;
}): ReactNode {
  return (
    <label htmlFor={id} className={styles.fieldLabel} data-provider={provider}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LineStatus)}>
        {LINE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusNames[s][locale]}
          </option>
        ))}
      </select>
      <span className={styles.printValue}>{statusNames[value][locale]}</span>
    </label>
  );
}

/** The options of a question (図表20's techniques by layer, 図表22's log items), ticked as chosen. */
function Choices({line, locale, send}: {line: ChecklistLine; locale: Locale; send: SendPlannerEvent}): ReactNode {
  const groups: {heading: string | null; choices: ChecklistLine['choices']}[] = [];
  for (const choice of line.choices) {
    const heading = choice.group?.[locale] ?? null;
    const last = groups[groups.length - 1];
    if (last && last.heading === heading) last.choices.push(choice);
    else groups.push({heading, choices: [choice]});
  }
  const toggle = (id: string, on: boolean) =>
    send({
      type: 'SET_LINE_CHOICES',
      line: line.id,
      choices: on ? [...line.chosen, id] : line.chosen.filter((c) => c !== id),
    });
  const chosen = line.choices.filter((c) => line.chosen.includes(c.id));
  return (
    <fieldset className={styles.choices}>
      <legend>{t.chooseOptions[locale]}</legend>
      {groups.map((g, gi) => (
        <div key={gi} className={styles.choiceGroup}>
          {g.heading && <p className={styles.choiceHeading}>{g.heading}</p>}
          {g.choices.map((c) => (
            <label key={c.id} className={styles.choice}>
              <input
                type="checkbox"
                checked={line.chosen.includes(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              {c.label[locale]}
            </label>
          ))}
        </div>
      ))}
      <p className={styles.printValue}>
        {titled(
          columns.chosen[locale],
          chosen.length ? chosen.map((c) => c.label[locale]).join(LIST[locale]) : '—',
          locale,
        )}
      </p>
    </fieldset>
  );
}
