import type {ReactNode} from 'react';
import {customerWatch, figureRef, getAgreement, getFigure, patterns, type PatternId} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {PATTERN_QUESTIONS, conflictingAnswers, suggestPattern, type Plan} from '@site/src/planner/plan';
import {patternDifference} from '@site/src/planner/rules';
import {patternChoice, patternQuestions, titled} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerChoice from '@site/src/components/Planner/Choice';
import PatternFeatures from '@site/src/components/PatternFeatures';
import GuideFigure from '@site/src/components/GuideFigure';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import PlannerLater from '@site/src/components/Planner/Later';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** Step 2: plain questions that lead to pattern 1 or 2, and what the choice changes. */
export default function PlannerStepPattern({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const suggested = suggestPattern(plan.patternAnswers);
  const conflicts = conflictingAnswers(plan);
  const difference = patternDifference(plan);
  const watch = (id: 'sla' | 'faultIsolation', p: PatternId) => customerWatch.find((w) => w.id === id)!.byPattern[p];
  return (
    <>
      <p>{t.patternIntro[locale]}</p>
      {PATTERN_QUESTIONS.map((q) => (
        <PlannerChoice
          key={q}
          name={`planner-pattern-${q}`}
          legend={patternQuestions[q].question[locale]}
          value={plan.patternAnswers[q] ?? null}
          choices={(['one', 'each'] as const).map((a) => ({value: a, label: patternQuestions[q].answers[a][locale]}))}
          onChange={(answer) => send({type: 'ANSWER_PATTERN_QUESTION', question: q, answer})}
        />
      ))}
      {suggested && (
        <p className={styles.suggestion}>
          {fill(t.patternSuggested[locale], {pattern: patternChoice[suggested][locale]})}
        </p>
      )}
      <PlannerChoice
        name="planner-pattern"
        legend={
          <>
            {t.patternChoose[locale]} (<FigureLink n={4} />)
          </>
        }
        value={plan.pattern}
        choices={patterns.map((p) => ({
          value: p.id,
          label: <strong>{patternChoice[p.id][locale]}</strong>,
          hint: p.summary[locale],
        }))}
        onChange={(pattern) => send({type: 'CHOOSE_PATTERN', pattern})}
      />
      {conflicts.length > 0 && (
        <div className="alert alert--warning" role="note">
          {t.patternConflict[locale]}
          <ul>
            {conflicts.map((q) => (
              <li key={q}>{patternQuestions[q].question[locale]}</li>
            ))}
          </ul>
        </div>
      )}

      <PlannerLater>
        <h3>{t.compare[locale]}</h3>
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t.compare[locale]}>
          <table className={styles.compare}>
            <thead>
              <tr>
                <td />
                {patterns.map((p) => (
                  <th key={p.id} scope="col" aria-current={plan.pattern === p.id ? 'true' : undefined}>
                    {p.shortName[locale]} (<FigureLink n={p.figure} />)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t.compareAgreements[locale]}</th>
                {patterns.map((p) => (
                  <td key={p.id} data-label={p.shortName[locale]}>
                    {difference[p.id].length === 0 ? (
                      t.compareNone[locale]
                    ) : (
                      <ul>
                        {difference[p.id].map((id) => (
                          <li key={id}>
                            <Term text={getAgreement(id).name} /> (<FigureLink n={getAgreement(id).figure} />)
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">
                  {t.compareFaults[locale]} (<FigureLink n={31} />)
                </th>
                {patterns.map((p) => (
                  <td key={p.id} data-label={p.shortName[locale]}>
                    <ul>
                      {watch('faultIsolation', p.id).map((line, i) => (
                        <li key={i}>{line[locale]}</li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">
                  {t.compareSla[locale]} (<FigureLink n={31} />)
                </th>
                {patterns.map((p) => (
                  <td key={p.id} data-label={p.shortName[locale]}>
                    <ul>
                      {watch('sla', p.id).map((line, i) => (
                        <li key={i}>{line[locale]}</li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>

        {plan.pattern && (
          <details className={styles.details}>
            <summary>{titled(t.features[locale], patternChoice[plan.pattern][locale], locale)}</summary>
            <PatternFeatures id={plan.pattern} />
          </details>
        )}
        <details className={styles.details}>
          <summary>
            {figureRef(4, locale)} {getFigure(4).title[locale]}
          </summary>
          <GuideFigure n={4} />
        </details>
      </PlannerLater>
    </>
  );
}
