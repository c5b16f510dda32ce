import type {ReactNode} from 'react';
import {
  aspicLabels,
  dataGovernanceBackground,
  dataGovernanceContents,
  dataGovernanceFlows,
  dataGovernanceParties,
  dataGovernancePurpose,
  dataGovernanceServices,
  dataGovernanceUseLabels,
} from '@site/src/catalog/related/aspic';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, joinTexts, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

type Part = 'background' | 'parties' | 'services' | 'contents';

/**
 * ASPIC's data-governance guide for social-infrastructure data, from its
 * slides: the background and purpose, the parties of primary and secondary
 * use and what passes between them, the providers' services, and the guide's
 * contents.
 */
export default function DataGovernanceGuide({part}: {part: Part}): ReactNode {
  const locale = useLocale();
  if (part === 'background') {
    return (
      <dl className={styles.background}>
        <dt>{aspicLabels.background[locale]}</dt>
        <dd>
          {dataGovernanceBackground.problem[locale]}
          <span aria-hidden="true"> → </span>
          <span className={styles.need}>{dataGovernanceBackground.need[locale]}</span>
        </dd>
        <dt>{aspicLabels.aboutGuide[locale]}</dt>
        <dd>{dataGovernancePurpose[locale]}</dd>
      </dl>
    );
  }
  if (part === 'parties') {
    const flowFrom = (id: string) => dataGovernanceFlows.find((f) => f.from === id);
    return (
      <SecurityTable caption={aspicLabels.partiesCaption}>
        <thead>
          <tr>
            <ColumnHead label={aspicLabels.party} />
            <ColumnHead label={aspicLabels.members} />
          </tr>
        </thead>
        <tbody>
          {dataGovernanceParties.map((party) => {
            const flow = flowFrom(party.id);
            const to = flow && dataGovernanceParties.find((p) => p.id === flow.to);
            return (
              <tr key={party.id}>
                <th scope="row">
                  {party.name[locale]}
                  <span className={securityTableStyles.note}>
                    {locale === 'ja' ? `（${party.aside.ja}）` : ` (${party.aside.en})`}
                  </span>
                </th>
                <td>
                  {joinTexts(party.members, locale)}
                  {flow && to && (
                    <span className={styles.flow}>
                      {locale === 'ja'
                        ? `→ ${to.name.ja}へ${flow.what.ja}`
                        : `→ ${flow.what.en} to ${to.name.en.charAt(0).toLowerCase()}${to.name.en.slice(1)}`}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </SecurityTable>
    );
  }
  if (part === 'services') {
    return (
      <SecurityTable caption={aspicLabels.servicesCaption}>
        <thead>
          <tr>
            <ColumnHead label={aspicLabels.use} />
            <ColumnHead label={aspicLabels.service} />
            <ColumnHead label={aspicLabels.examples} />
          </tr>
        </thead>
        <tbody>
          {dataGovernanceServices.map((service) => (
            <tr key={service.id}>
              <td>{dataGovernanceUseLabels[service.use][locale]}</td>
              <th scope="row">{service.name[locale]}</th>
              <td>
                <ul className={securityTableStyles.list}>
                  {service.examples.map((example, i) => (
                    <li key={i}>{example[locale]}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </SecurityTable>
    );
  }
  return (
    <ol className={styles.contents} aria-label={aspicLabels.contentsCaption[locale]}>
      {dataGovernanceContents.map((chapter) => (
        <li key={chapter.no}>
          <span className={styles.no}>{chapter.no}.</span> {chapter.title[locale]}
          <ol>
            {chapter.sections.map((section) => (
              <li key={section.no}>
                <span className={styles.no}>{section.no}</span> {section.title[locale]}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
