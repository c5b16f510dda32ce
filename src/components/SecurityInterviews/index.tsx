import type {ReactNode} from 'react';
import {
  interviewCompanies,
  interviewInfrastructure,
  interviewLabels as labels,
  interviewSecurity,
  interviewUnassignedDataCentre,
  interviewUnassignedScales,
  interviewUnassignedSla,
} from '@site/src/catalog/related/securityReport';
import type {InterviewCompanyId} from '@site/src/catalog/related/securityReport';
import type {Text} from '@site/src/catalog/types';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

type Part = 'companies' | 'infrastructure' | 'security';

function CompanyName({company}: {company: InterviewCompanyId}): ReactNode {
  const locale = useLocale();
  return <>{locale === 'ja' ? `${company}${labels.companyName.ja}` : `${labels.companyName.en} ${company}`}</>;
}

/** A cell the source text does not hold. */
function Missing(): ReactNode {
  const locale = useLocale();
  return <span className={styles.missing}>{labels.notInText[locale]}</span>;
}

function Cell({value, unassigned}: {value?: Text; unassigned?: boolean}): ReactNode {
  const locale = useLocale();
  if (value) return <>{value[locale]}</>;
  return unassigned ? (
    <span className={styles.missing} title={labels.belowTable[locale]}>
      <span aria-hidden="true">＊</span>
      <span className={styles.hidden}>{labels.belowTable[locale]}</span>
    </span>
  ) : (
    <Missing />
  );
}

function Lines({items}: {items: Text[]}): ReactNode {
  const locale = useLocale();
  if (items.length === 1) return <>{items[0][locale]}</>;
  return (
    <ul className={securityTableStyles.list}>
      {items.map((item, i) => (
        <li key={i}>{item[locale]}</li>
      ))}
    </ul>
  );
}

function Unassigned({note, values}: {note: Text; values: Text[]}): ReactNode {
  const locale = useLocale();
  return (
    <div className={styles.unassigned}>
      <p>
        <span aria-hidden="true">＊ </span>
        {note[locale]}
      </p>
      <ul>
        {values.map((value, i) => (
          <li key={i}>{value[locale]}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The report's interviews of nine providers: who they are (図表13), their
 * infrastructure (図表14) and their security and SLAs (図表15). Cells the
 * source text does not tie to a company are given under the table.
 */
export default function SecurityInterviews({part}: {part: Part}): ReactNode {
  const locale = useLocale();
  if (part === 'companies') {
    return (
      <>
        <SecurityTable caption={labels.companiesCaption} className={styles.table}>
          <thead>
            <tr>
              <ColumnHead label={labels.company} className={styles.company} />
              <ColumnHead label={labels.applications} />
              <ColumnHead label={labels.scale} />
              <ColumnHead label={labels.users} className={styles.wide} />
            </tr>
          </thead>
          <tbody>
            {interviewCompanies.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={styles.company}>
                  <CompanyName company={row.company} />
                </th>
                <td>
                  <Lines items={row.applications} />
                </td>
                <td>
                  <Cell value={row.scale} unassigned={interviewUnassignedScales.companies.includes(row.company)} />
                </td>
                <td>{row.users[locale]}</td>
              </tr>
            ))}
          </tbody>
        </SecurityTable>
        <Unassigned note={labels.unassignedScales} values={interviewUnassignedScales.values} />
      </>
    );
  }
  if (part === 'infrastructure') {
    return (
      <>
        <SecurityTable caption={labels.infrastructureCaption} className={styles.table}>
          <thead>
            <tr>
              <ColumnHead label={labels.company} className={styles.company} />
              <ColumnHead label={labels.dataCentre} />
              <ColumnHead label={labels.userLine} />
              <ColumnHead label={labels.adminLine} />
              <ColumnHead label={labels.operator} />
              <ColumnHead label={labels.partnership} className={styles.wide} />
            </tr>
          </thead>
          <tbody>
            {interviewInfrastructure.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={styles.company}>
                  <CompanyName company={row.company} />
                </th>
                <td>
                  <Cell
                    value={row.dataCentre}
                    unassigned={interviewUnassignedDataCentre.companies.includes(row.company)}
                  />
                </td>
                <td>
                  <Cell value={row.userLine} />
                </td>
                <td>
                  <Cell value={row.adminLine} />
                </td>
                <td>
                  <Cell value={row.operator} />
                </td>
                <td>{row.partnership[locale]}</td>
              </tr>
            ))}
          </tbody>
        </SecurityTable>
        <Unassigned note={labels.unassignedDataCentre} values={interviewUnassignedDataCentre.values} />
      </>
    );
  }
  return (
    <>
      <SecurityTable caption={labels.securityCaption} className={styles.table}>
        <thead>
          <tr>
            <ColumnHead label={labels.company} className={styles.company} />
            <ColumnHead label={labels.securityOperator} />
            <ColumnHead label={labels.measures} />
            <ColumnHead label={labels.sla} className={styles.wide} />
          </tr>
        </thead>
        <tbody>
          {interviewSecurity.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={styles.company}>
                <CompanyName company={row.company} />
              </th>
              <td>{row.operator[locale]}</td>
              <td>
                <Lines items={row.measures} />
              </td>
              <td>
                <Lines items={row.sla} />
              </td>
            </tr>
          ))}
        </tbody>
      </SecurityTable>
      <div className={styles.unassigned}>
        <p>{labels.unassignedSla[locale]}</p>
        <ul>
          {interviewUnassignedSla.answers.map((answer, i) => (
            <li key={i}>
              {answer.map((line, j) => (
                <span key={j} className={styles.line}>
                  {line[locale]}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
