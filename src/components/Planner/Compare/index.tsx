import {useEffect, useMemo, useRef, type ReactNode} from 'react';
import type {Locale} from '@site/src/catalog/types';
import type {Change, Decision} from '@site/src/planner/compare';
import {comparisonView, type LineChanges} from '@site/src/planner/compareView';
import {
  changeLabel,
  compareTabText,
  compareText,
  fillCompare,
  stampText,
  valueText,
} from '@site/src/planner/compareText';
import {comparisonChanges, type Comparison, type SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

const CHOICES: {decision: Decision; label: keyof typeof compareText}[] = [
  {decision: 'mine', label: 'keepMine'},
  {decision: 'theirs', label: 'takeTheirs'},
  {decision: 'both', label: 'keepBoth'},
];

/**
 * The other party's version beside the reader's (or another tab's, where both
 * tabs changed the same fields): each change with both values, grouped as the
 * checklist is, and a decision per change or for all. The machine holds the
 * comparison; this only shows it and sends decisions.
 */
export default function PlannerCompare({
  comparing,
  plan,
  send,
}: {
  comparing: Comparison;
  plan: Plan;
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const {theirs, decisions, origin} = comparing;
  const tab = origin === 'tab';
  // the words of a comparison with another tab where they differ
  const words = {...compareText, ...(tab ? compareTabText : {})};
  const changes = useMemo(() => comparisonChanges(plan, comparing), [plan, comparing]);
  const view = useMemo(() => comparisonView(plan, theirs, changes), [plan, theirs, changes]);
  const decided = changes.filter((c) => decisions[c.key] !== undefined).length;
  // The other party's version takes the focus as it comes; another tab's does
  // not, since it comes while the reader may be typing (a notice points to it).
  const focusOn = tab ? null : theirs;
  useEffect(() => {
    if (focusOn) heading.current?.focus({preventScroll: false});
  }, [focusOn]);

  const row = (change: Change, line: LineChanges['line']) => (
    <ChangeRow
      key={change.key}
      change={change}
      line={line}
      plan={plan}
      decision={decisions[change.key]}
      send={send}
      locale={locale}
      words={words}
    />
  );

  return (
    <section className={styles.compare} aria-labelledby="planner-compare-heading" data-testid="planner-compare">
      <h2 id="planner-compare-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {words.title[locale]}
      </h2>
      <p>
        {fillCompare(
          'intro',
          locale,
          {origin: (origin === 'file' ? compareText.originFile : compareText.originLink)[locale]},
          words,
        )}
      </p>
      {changes.length === 0 ? (
        <p>{compareText.none[locale]}</p>
      ) : (
        <>
          <p className={styles.count}>{fillCompare('count', locale, {n: changes.length})}</p>
          <div className={styles.all} role="group" aria-label={compareText.forAll[locale]}>
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => send({type: 'COMPARE_DECIDE_ALL', decision: 'mine'})}
            >
              {words.allMine[locale]}
            </button>
            <button
              type="button"
              className="button button--sm button--outline button--secondary"
              onClick={() => send({type: 'COMPARE_DECIDE_ALL', decision: 'theirs'})}
            >
              {words.allTheirs[locale]}
            </button>
            {changes.some((c) => c.text) && (
              <button
                type="button"
                className="button button--sm button--outline button--secondary"
                onClick={() => send({type: 'COMPARE_DECIDE_ALL', decision: 'both'})}
              >
                {words.allBoth[locale]}
              </button>
            )}
          </div>
          {view.answers.length > 0 && (
            <Block title={compareText.answers[locale]}>{view.answers.map((c) => row(c, null))}</Block>
          )}
          {view.groups.map(({group, lines}) => (
            <Block
              key={group ? `${group.kind}:${group.id}:${lines[0]!.id}` : 'other'}
              title={group ? group.name[locale] : compareText.otherLines[locale]}
            >
              {lines.map((l) => (
                <div key={l.id} className={styles.line} data-compare-line={l.id}>
                  {l.line ? (
                    <p className={styles.lineName}>
                      <span className={styles.item}>{l.line.item[locale]}</span> {l.line.text[locale]}
                    </p>
                  ) : (
                    <p className={styles.lineName}>{l.id}</p>
                  )}
                  {(l.mine || l.theirs) && (
                    <p className={styles.stamps}>
                      {l.mine && (
                        <span>{fillCompare('lastChangedMine', locale, {who: stampText(l.mine, locale)}, words)}</span>
                      )}
                      {l.theirs && (
                        <span>
                          {fillCompare('lastChangedTheirs', locale, {who: stampText(l.theirs, locale)}, words)}
                        </span>
                      )}
                    </p>
                  )}
                  {l.changes.map((c) => row(c, l.line))}
                </div>
              ))}
            </Block>
          ))}
          {view.meeting.length > 0 && (
            <Block title={compareText.meeting[locale]}>{view.meeting.map((c) => row(c, null))}</Block>
          )}
          {view.contacts.length > 0 && (
            <Block title={compareText.contacts[locale]}>{view.contacts.map((c) => row(c, null))}</Block>
          )}
          {view.values.length > 0 && (
            <Block title={compareText.values[locale]}>{view.values.map((c) => row(c, null))}</Block>
          )}
          <p className={styles.count} role="status">
            {fillCompare('decided', locale, {n: decided, total: changes.length}, words)}
          </p>
        </>
      )}
      <div className={styles.actions}>
        {changes.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => send({type: 'COMPARE_APPLY', at: new Date().toISOString()})}
          >
            {words.apply[locale]}
          </button>
        )}
        {!tab && (
          <>
            <button
              type="button"
              className="button button--outline button--secondary"
              onClick={() => send({type: 'COMPARE_REPLACE', at: new Date().toISOString()})}
            >
              {compareText.replace[locale]}
            </button>
            <button type="button" className="button button--link" onClick={() => send({type: 'COMPARE_CANCEL'})}>
              {compareText.cancel[locale]}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function Block({title, children}: {title: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>{title}</h3>
      {children}
    </div>
  );
}

function ChangeRow({
  change,
  line,
  plan,
  decision,
  send,
  locale,
  words,
}: {
  change: Change;
  line: LineChanges['line'];
  plan: Plan;
  decision: Decision | undefined;
  send: SendPlannerEvent;
  locale: Locale;
  words: typeof compareText;
}): ReactNode {
  const label = changeLabel(change, plan, locale);
  return (
    <fieldset className={styles.change} data-change={change.key}>
      <legend className={styles.field}>{label}</legend>
      <dl className={styles.values}>
        <div className={decision === 'theirs' ? styles.dropped : undefined}>
          <dt>{words.mine[locale]}</dt>
          <dd className={styles.value}>{valueText(change, change.mine, line, plan, locale)}</dd>
        </div>
        <div className={decision === 'mine' ? styles.dropped : undefined}>
          <dt>{words.theirs[locale]}</dt>
          <dd className={styles.value}>{valueText(change, change.theirs, line, plan, locale)}</dd>
        </div>
      </dl>
      <div className={styles.choices}>
        {CHOICES.filter((c) => c.decision !== 'both' || change.text).map((c) => (
          <label key={c.decision} className={styles.choice}>
            <input
              type="radio"
              name={`compare-${change.key}`}
              checked={decision === c.decision}
              onChange={() => send({type: 'COMPARE_DECIDE', key: change.key, decision: c.decision})}
            />{' '}
            {/* both notes on a line; both texts on a name, the attendees or a contact */}
            {(c.decision === 'both' && change.area !== 'line' ? words.keepBothTexts : words[c.label])[locale]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
