import type {ReactNode} from 'react';
import {agreementItems, isItemListLead} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {TECH_DIRECTIONS, type Plan, type TechDirection} from '@site/src/planner/plan';
import {variantsOf, type AgreementRule} from '@site/src/planner/rules';
import {yourPart} from '@site/src/planner/checklist';
import {applicabilityNames, ruleReasons, techDirectionNames} from '@site/src/planner/strings';
import PlannerChoice from '@site/src/components/Planner/Choice';
import {useLocale} from '@site/src/hooks/useLocale';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** One agreement as the rules see it: whether it applies and why, and what it covers. */
export default function PlannerAgreement({
  rule,
  plan,
  send,
}: {
  rule: AgreementRule;
  plan: Plan;
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const {agreement, applicability, reason, included} = rule;
  const variants = agreement.variants ? variantsOf(agreement, plan) : [];
  const items = agreement.variants ? variants.flatMap((v) => v.items) : agreementItems(agreement);
  const questions = items.reduce((n, item) => n + item.questions.length, 0);
  const part = yourPart(
    {kind: 'agreement', id: agreement.id, name: agreement.name, figure: agreement.figure, parties: agreement.parties},
    plan,
  );
  return (
    <article className={styles.card} data-applicability={applicability} data-agreement={agreement.id}>
      <header className={styles.head}>
        <h4 className={styles.name}>
          <Term text={agreement.name} />
        </h4>
        <FigureLink n={agreement.figure} />
        <span className={styles.badge} data-kind={applicability}>
          {applicabilityNames[applicability][locale]}
        </span>
      </header>
      <p className={styles.reason}>{ruleReasons[reason][locale]}</p>
      {applicability === 'optional' && (
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={included}
            onChange={(e) => send({type: 'SET_AGREEMENT', agreement: agreement.id, included: e.target.checked})}
          />
          {t.include[locale]}
        </label>
      )}
      {included && agreement.id === 'techProvision' && (
        <PlannerChoice<TechDirection>
          name="planner-tech-direction"
          legend={t.techDirectionQuestion[locale]}
          value={plan.techDirection}
          choices={TECH_DIRECTIONS.map((d) => ({value: d, label: techDirectionNames[d][locale]}))}
          onChange={(direction) => send({type: 'SET_TECH_DIRECTION', direction})}
        />
      )}
      {included && part && (
        <p className={styles.part}>
          <strong>{t.yourPart[locale]}：</strong>
          {part[locale]}
        </p>
      )}
      {applicability !== 'notApplicable' && (
        <details className={styles.details}>
          <summary>
            {t.items[locale]} · {fill(t.questionsCount[locale], {n: questions})}
          </summary>
          <div className={styles.guide}>
            <p className={styles.label}>{t.guideSays[locale]}</p>
            {agreement.description
              .filter((d) => !isItemListLead(d))
              .map((d, i) => (
                <p key={i}>{d[locale]}</p>
              ))}
          </div>
          {variants.length > 0 && (
            <p className={styles.label}>
              {t.variantsUsed[locale]}: {variants.map((v) => v.name[locale]).join(locale === 'ja' ? '、' : '; ')}
            </p>
          )}
          <ul className={styles.items}>
            {items.map((item) => (
              <li key={item.id}>
                <Term text={item.name} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
