import type {ReactNode} from 'react';
import {guidelines, phaseActionGroups, type PhaseId} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {agreementRules, customerWatchFor, guidelineRequirementsFor} from '@site/src/planner/rules';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerAgreement from '@site/src/components/Planner/Agreement';
import PlannerRequirements from '@site/src/components/Planner/Requirements';
import GuideFigure from '@site/src/components/GuideFigure';
import Link from '@docusaurus/Link';
import FigureLink from '@site/src/components/FigureLink';
import {sectorGuidelineAnchors} from '@site/src/components/Planner/StepContext';
import PlannerLater from '@site/src/components/Planner/Later';
import SinceGuideNote from '@site/src/components/SinceGuideNote';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** The agreements a phase step shows with its first paint; the rest follow at once. */
const FIRST_AGREEMENTS = 2;

/**
 * Steps 4–6: the agreements of one phase (図表9), and what else the guide
 * puts in it: 図表7's analysis and the technical requirements in the
 * introduction phase; the customer-facing agreements, 図表31 and 図表25 in
 * operation.
 */
export default function PlannerStepPhase({
  phase,
  plan,
  send,
}: {
  phase: PhaseId;
  plan: Plan;
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const rules = agreementRules(plan).filter((r) => r.agreement.phase === phase);
  const providerRules = rules.filter((r) => r.agreement.parties === 'providers');
  const customerRules = rules.filter((r) => r.agreement.parties === 'customer');
  const list = (rs: typeof rules) =>
    rs.map((r) => <PlannerAgreement key={r.agreement.id} rule={r} plan={plan} send={send} />);

  return (
    <>
      <section className={styles.section}>
        <h3>
          {t.phaseAgreements[locale]} (<FigureLink n={9} />)
        </h3>
        {list(providerRules.slice(0, FIRST_AGREEMENTS))}
        <PlannerLater>{list(providerRules.slice(FIRST_AGREEMENTS))}</PlannerLater>
      </section>

      <PlannerLater>
        {phase === 'introduction' && (
          <>
            <section className={styles.section}>{list(customerRules)}</section>
            <section className={styles.section}>
              <h3>{t.actions[locale]}</h3>
              {phaseActionGroups
                .filter((g) => g.phase === 'introduction')
                .map((g) => (
                  <div key={g.id}>
                    <h4>{g.area?.[locale]}</h4>
                    <ul>
                      {g.actions.map((a, i) => (
                        <li key={i}>{a[locale]}</li>
                      ))}
                    </ul>
                  </div>
                ))}
            </section>
            <section className={styles.section}>
              <PlannerRequirements plan={plan} send={send} />
            </section>
            <details className={styles.section}>
              <summary className={styles.summary}>{t.process[locale]}</summary>
              <GuideFigure n={24} />
            </details>
          </>
        )}

        {phase === 'operation' && (
          <>
            <section className={styles.section}>
              <h3>{t.customerAgreements[locale]}</h3>
              {list(customerRules)}
            </section>
            <section className={styles.section}>
              <h3>{t.watch[locale]}</h3>
              {customerWatchFor(plan.pattern).map((topic) => (
                <div key={topic.id}>
                  <h4>{topic.topic[locale]}</h4>
                  <ul>
                    {topic.points.map((p, i) => (
                      <li key={i}>{p[locale]}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
            <section className={styles.section}>
              <h3>{t.guidelines[locale]}</h3>
              {plan.sector && (
                <p>
                  <Link to={`/guide/related/guidelines#${sectorGuidelineAnchors[plan.sector]}`}>
                    {t.sectorGuidelines[locale]}
                  </Link>
                </p>
              )}
              {plan.sector === null ? (
                <p>{t.noSector[locale]}</p>
              ) : (
                guidelines
                  .filter((g) => guidelineRequirementsFor(plan.sector).some((r) => r.guideline === g.id))
                  .map((g) => (
                    <div key={g.id}>
                      <details className={styles.guideline}>
                        <summary className={styles.summary}>
                          {g.name[locale]}{' '}
                          <span className={styles.muted}>
                            ({g.issuer[locale]}, {g.date})
                          </span>
                        </summary>
                        <ul>
                          {guidelineRequirementsFor(plan.sector)
                            .filter((r) => r.guideline === g.id)
                            .map((r) => (
                              <li key={r.id}>
                                <strong>{r.location.map((l) => l[locale]).join(' ')}</strong>
                                {r.detail.map((d, i) => (
                                  <p key={i} className={styles.detail}>
                                    {d[locale]}
                                  </p>
                                ))}
                              </li>
                            ))}
                        </ul>
                      </details>
                      {/* beside the guide's requirements, the site's note on what replaced the guideline since */}
                      <SinceGuideNote id={g.id} />
                    </div>
                  ))
              )}
            </section>
          </>
        )}
      </PlannerLater>
    </>
  );
}
