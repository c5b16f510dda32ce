import {useCallback, type ReactNode} from 'react';
import {getAgreement, guidelines, sectors, type SectorId} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {DATA_KINDS, completeSecurity, securityInEffect, type Plan} from '@site/src/planner/plan';
import {
  securityLevelLabels,
  securityPropertyNames,
  type SecurityLevel,
} from '@site/src/catalog/related/securityPatterns';
import {dataKindNames} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerChoice from '@site/src/components/Planner/Choice';
import Link from '@docusaurus/Link';
import FigureLink from '@site/src/components/FigureLink';
import {SecurityFinderQuestions} from '@site/src/components/SecurityPatternFinder';
import PlannerLater from '@site/src/components/Planner/Later';
import SinceGuideNote from '@site/src/components/SinceGuideNote';
import {guidelinesFor} from '@site/src/planner/rules';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

type SectorChoice = SectorId | 'none';

/** Where each sector's guidelines are listed on the related-guidelines page (checked by a unit test). */
export const sectorGuidelineAnchors: Record<SectorId, string> = {
  general: 'sector-common',
  medical: 'sector-medical',
  school: 'sector-education',
  localGov: 'sector-local-gov',
};

/** Step 3: the customer's own systems, the sector, and the data handled. */
export default function PlannerStepContext({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const systems = plan.customerSystems === null ? null : plan.customerSystems ? 'yes' : 'no';
  const nda = getAgreement('customerNda');
  const setAvailability = useCallback((level: SecurityLevel) => send({type: 'SET_AVAILABILITY', level}), [send]);
  const security = securityInEffect(plan);
  const complete = completeSecurity(plan) !== null;
  // Until the finder is used, confidentiality is what the data answers say.
  const confidentiality = security?.confidentiality ?? (DATA_KINDS.some((k) => plan.data[k]) ? 'high' : 'low');
  return (
    <>
      <PlannerChoice
        name="planner-systems"
        legend={t.systemsQuestion[locale]}
        value={systems}
        choices={[
          {
            value: 'yes',
            label: t.yes[locale],
            hint: (
              <>
                {nda.name[locale]} (<FigureLink n={30} />) / <FigureLink n={27} />
              </>
            ),
          },
          {value: 'no', label: t.no[locale]},
        ]}
        onChange={(v) => send({type: 'SET_CUSTOMER_SYSTEMS', value: v === 'yes'})}
      />
      <PlannerChoice<SectorChoice>
        name="planner-sector"
        legend={<>{t.sectorQuestion[locale]}</>}
        value={plan.sector ?? 'none'}
        choices={[
          ...sectors.map((s) => ({
            value: s.id as SectorChoice,
            label: s.name[locale],
            hint: s.id === 'localGov' ? t.localGovNote[locale] : undefined,
          })),
          {value: 'none' as const, label: t.sectorNone[locale]},
        ]}
        onChange={(v) => send({type: 'SET_SECTOR', sector: v === 'none' ? null : v})}
      />
      <PlannerLater>
        {plan.sector && (
          <>
            <p className={styles.hint}>
              <Link to={`/guide/related/guidelines#${sectorGuidelineAnchors[plan.sector]}`}>
                {t.sectorGuidelines[locale]}
              </Link>
            </p>
            {/* what has become of the sector's 図表25 guidelines since the guide: the site's dated note */}
            <SinceGuideNote subjects={guidelines.filter((g) => guidelinesFor(plan.sector).includes(g.id))} />
          </>
        )}
        <fieldset className={styles.data}>
          <legend>{t.dataQuestion[locale]}</legend>
          {DATA_KINDS.map((kind) => (
            <label key={kind} className={styles.check}>
              <input
                type="checkbox"
                checked={plan.data[kind]}
                onChange={(e) => send({type: 'SET_DATA', kind, value: e.target.checked})}
              />
              {dataKindNames[kind][locale]}
            </label>
          ))}
          <p className={styles.hint}>
            {t.dataSecurity[locale]}{' '}
            <Link to="/guide/related/security#level-criteria">{t.dataSecurityLink[locale]}</Link>
          </p>
          {(plan.data.personalInfo || plan.data.tradeSecret) && (
            <p className={styles.hint}>{(plan.role === 'customer' ? t.dataHintCustomer : t.dataHint)[locale]}</p>
          )}
          {plan.data.personalInfo && <SinceGuideNote id="personalInformationAct" />}
        </fieldset>
        <details className={styles.security} open={plan.security !== null}>
          <summary>
            {t.securityHeading[locale]}
            {!complete && <span className={styles.hint}> — {t.securityNotSet[locale]}</span>}
          </summary>
          <p className={styles.hint}>{t.securityIntro[locale]}</p>
          <SecurityFinderQuestions
            answers={{confidentiality, availability: security?.availability ?? null}}
            confidentialityAnswered={
              <>
                <strong>{securityPropertyNames.confidentiality[locale]}：</strong>
                {securityLevelLabels[confidentiality][locale]}{' '}
                <span className={styles.hint}>
                  {security?.confidentialityFrom === 'finder'
                    ? t.confidentialityFromFinder[locale]
                    : t.confidentialityFromData[locale]}
                </span>
              </>
            }
            onAvailability={setAvailability}
          />
          {plan.security && (
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => send({type: 'CLEAR_SECURITY'})}
            >
              {t.securityClear[locale]}
            </button>
          )}
        </details>
      </PlannerLater>
    </>
  );
}
