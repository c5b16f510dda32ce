import {useId, useRef, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import {labels, phases, type Agreement, type Locale, type Text} from '@site/src/catalog';
import {
  PARTY_FILTERS,
  PHASE_FILTERS,
  agreementExplorerMachine,
  chosenAgreements,
  explorerIntent,
  isOptionalAgreement,
  itemGroups,
  matchingAgreements,
  openedAgreement,
  optionalReason,
  phasesWithAgreements,
  questionCounts,
  type PartyFilter,
  type PhaseFilter,
} from '@site/src/planner/widgets/agreementExplorer';
import {applicabilityNames, ruleReasons} from '@site/src/planner/ruleStrings';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import ContinueInPlanner from '@site/src/components/ContinueInPlanner';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {fill, t as plannerText} from '@site/src/components/Planner/text';
import {partyNames, t} from './text';
import styles from './styles.module.css';

const phaseName = (id: PhaseFilter): Text => (id === 'all' ? t.allPhases : phases.find((p) => p.id === id)!.name);

/** A radio group of a filter, its options side by side and wrapping. */
function Filter<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option} className={styles.option} data-checked={value === option ? 'true' : 'false'}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The opened agreement: its overview, then its items with their check questions. */
function Detail({agreement, locale, id}: {agreement: Agreement; locale: Locale; id: string}): ReactNode {
  const counts = questionCounts(agreement);
  // The badge the guide's checklist table uses: short in Japanese, spelled out
  // in English, where the short form ("Site") says too little.
  const siteLabel = locale === 'ja' ? labels.siteQuestionShort : labels.siteQuestion;
  // 図表9 calls its column 取り決め内容, 図表26 calls it 概要等.
  const overviewLabel = agreement.overviewFigure === 9 ? labels.agreementContent : labels.itemOverview;
  return (
    <div id={id} className={styles.panel} data-testid="agreement-detail">
      <p className={styles.label}>
        {overviewLabel[locale]} (<FigureLink n={agreement.overviewFigure} />)
      </p>
      <ul className={styles.list}>
        {agreement.overview.map((line, i) => (
          <li key={i}>{line[locale]}</li>
        ))}
      </ul>
      <p className={styles.label}>
        {t.itemsHeading[locale]} (<FigureLink n={agreement.figure} />)
      </p>
      <p className={styles.count}>
        {fill(t.questions[locale], {total: counts.guide + counts.site, site: counts.site})}
      </p>
      {itemGroups(agreement).map((group) => (
        <div key={group.variant?.id ?? 'items'} className={styles.group} data-variant={group.variant?.id}>
          {group.variant && <p className={styles.variant}>{group.variant.name[locale]}</p>}
          <ul className={styles.items}>
            {group.items.map((item) => (
              <li key={item.id}>
                <strong className={styles.item}>
                  <Term text={item.checklistName ?? item.name} />
                </strong>
                <ul className={styles.questions}>
                  {item.questions.map((q) => (
                    <li key={q.id} data-source={q.source}>
                      {q.text[locale]}
                      {q.source === 'site' && (
                        <>
                          {' '}
                          <span className={styles.siteBadge} title={labels.siteQuestion[locale]}>
                            {siteLabel[locale]}
                          </span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * Chapter 3(1)②, after the overviews of what is agreed: the guide's
 * agreements filtered by phase and by who makes them, one opened to its items
 * and check questions; the agreements the rules leave to the reader can be
 * ticked and carried to the planner.
 */
export default function AgreementExplorer(): ReactNode {
  const locale = useLocale();
  const uid = useId();
  const actor = useActorRef(agreementExplorerMachine);
  const context = useSelector(actor, (s) => s.context);
  const shown = matchingAgreements(context);
  const opened = openedAgreement(context);
  const chosen = chosenAgreements(context);
  const list = locale === 'ja' ? '、' : ', ';
  const root = useRef<HTMLDivElement>(null);
  useEarlyInput(root);
  const phaseLabel = (id: PhaseFilter) => phaseName(id)[locale];
  return (
    <div ref={root} className={styles.explorer}>
      <div className={styles.filters}>
        <Filter<PhaseFilter>
          name={`${uid}-phase`}
          legend={t.phaseLegend[locale]}
          options={PHASE_FILTERS}
          value={context.phase}
          label={phaseLabel}
          onChange={(phase) => actor.send({type: 'SET_PHASE', phase})}
        />
        <Filter<PartyFilter>
          name={`${uid}-parties`}
          legend={t.partiesLegend[locale]}
          options={PARTY_FILTERS}
          value={context.parties}
          label={(p) => partyNames[p][locale]}
          onChange={(parties) => actor.send({type: 'SET_PARTIES', parties})}
        />
      </div>

      <section className={styles.result} aria-live="polite" aria-label={t.result[locale]}>
        {shown.length === 0 ? (
          <>
            <p className={styles.summary}>{t.none[locale]}</p>
            <p className={styles.hint}>
              {fill(t.noneHint[locale], {
                parties: partyNames[context.parties][locale],
                phases: phasesWithAgreements(context.parties).map(phaseLabel).join(list),
              })}
            </p>
          </>
        ) : (
          <>
            <p className={styles.summary}>
              {fill((shown.length === 1 ? t.countOne : t.countMany)[locale], {n: shown.length})}
            </p>
            <ul className={styles.agreements}>
              {shown.map((a) => {
                const isOpen = opened?.id === a.id;
                const optional = isOptionalAgreement(a.id);
                const reason = optionalReason(a.id);
                const panelId = `${uid}-${a.id}`;
                return (
                  <li key={a.id} className={styles.card} data-agreement={a.id} data-open={isOpen ? 'true' : 'false'}>
                    <div className={styles.head}>
                      <button
                        type="button"
                        className={styles.toggle}
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? panelId : undefined}
                        onClick={() => actor.send(isOpen ? {type: 'CLOSE'} : {type: 'OPEN', agreement: a.id})}
                      >
                        <span>
                          <Term text={a.name} />
                        </span>
                      </button>
                      <span className={styles.meta}>
                        {phaseLabel(a.phase)} · {partyNames[a.parties][locale]} · <FigureLink n={a.figure} />
                      </span>
                      {optional && <span className={styles.badge}>{applicabilityNames.optional[locale]}</span>}
                    </div>
                    {optional && (
                      <div className={styles.optional}>
                        {reason && <p className={styles.reason}>{ruleReasons[reason][locale]}</p>}
                        <label className={styles.choose}>
                          <input
                            type="checkbox"
                            checked={context.chosen.includes(a.id)}
                            onChange={(e) =>
                              actor.send({type: 'SET_CHOSEN', agreement: a.id, chosen: e.target.checked})
                            }
                          />
                          {plannerText.include[locale]}
                        </label>
                      </div>
                    )}
                    {isOpen && <Detail agreement={a} locale={locale} id={panelId} />}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <div className={styles.chosen}>
        <p className={styles.label}>{t.chosenHeading[locale]}</p>
        {chosen.length === 0 ? (
          <p className={styles.hint}>{t.chosenNone[locale]}</p>
        ) : (
          <ul className={styles.list} data-testid="agreement-chosen">
            {chosen.map((a) => (
              <li key={a.id}>
                <Term text={a.name} /> (<FigureLink n={a.figure} />)
              </li>
            ))}
          </ul>
        )}
        <ContinueInPlanner intent={explorerIntent(context)} />
      </div>
    </div>
  );
}
