import type {ReactNode} from 'react';
import {
  customerExpectationSurvey as expectations,
  securitySurveyCharts,
  surveyChartTitle,
  surveyGroups,
  surveyLabels as labels,
} from '@site/src/catalog/related/aspSaas';
import type {SurveyMeasure} from '@site/src/catalog/related/aspSaas';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';
import styles from './styles.module.css';

const percent = (value: number) => value.toFixed(1);

function MeasureName({measure}: {measure: SurveyMeasure}): ReactNode {
  const locale = useLocale();
  return (
    <>
      {measure.name[locale]}
      {measure.examples && (
        <span className={securityTableStyles.note}>
          {locale === 'ja' ? `（${measure.examples.ja}）` : ` (${measure.examples.en})`}
        </span>
      )}
    </>
  );
}

/**
 * The reference slides' survey of ASP providers: the expectations they
 * assume their customers have, or (`measures`) their security, fault and
 * quality measures by size, one table per chart.
 */
export default function AspSaasSurvey({part}: {part: 'expectations' | 'measures'}): ReactNode {
  const locale = useLocale();
  if (part === 'expectations') {
    const caption = {
      ja: `${expectations.caption.ja}〔${expectations.multiple.ja}〕N=${expectations.n}`,
      en: `${expectations.caption.en} (${expectations.multiple.en}, N=${expectations.n})`,
    };
    return (
      <SecurityTable caption={caption}>
        <thead>
          <tr>
            <ColumnHead label={labels.expectation} />
            <ColumnHead label={labels.share} className={styles.number} />
          </tr>
        </thead>
        <tbody>
          {expectations.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.text[locale]}</th>
              <td className={styles.number}>
                <span
                  className={styles.bar}
                  style={{width: `calc((100% - 4rem) * ${item.percent / 100})`}}
                  aria-hidden="true"
                />
                {percent(item.percent)}
              </td>
            </tr>
          ))}
        </tbody>
      </SecurityTable>
    );
  }
  const anyUnmatched = securitySurveyCharts.some((chart) => chart.rows.some((row) => row.names.length > 1));
  return (
    <>
      {securitySurveyCharts.map((chart) => (
        <section key={chart.id} className={styles.chart} aria-label={chart.title[locale]}>
          <p className={styles.title}>{chart.title[locale]}</p>
          <p>{chart.summary[locale]}</p>
          <SecurityTable
            caption={{
              ja: `${surveyChartTitle.ja}〔${chart.topic.ja}〕（${labels.unit.ja}）`,
              en: `${surveyChartTitle.en}: ${chart.topic.en} (${labels.unit.en.toLowerCase()})`,
            }}
          >
            <thead>
              <tr>
                <ColumnHead label={labels.measure} className={styles.measure} />
                {surveyGroups.map((group) => (
                  <th key={group.id} scope="col" className={styles.number}>
                    {group.label[locale]}
                    <span className={styles.n}>{locale === 'ja' ? `（N=${group.n}）` : `(N=${group.n})`}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.names.length === 1 ? (
                      <MeasureName measure={row.names[0]} />
                    ) : (
                      <>
                        {locale === 'en' && `${labels.either.en} `}
                        {row.names.map((measure, i) => (
                          <span key={i}>
                            {i > 0 && (locale === 'ja' ? '、' : ', ')}
                            <MeasureName measure={measure} />
                          </span>
                        ))}
                        {locale === 'ja' && labels.either.ja}
                        <span aria-hidden="true">＊</span>
                      </>
                    )}
                  </th>
                  {row.values.map((value, i) => (
                    <td key={surveyGroups[i].id} className={styles.number}>
                      {percent(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </SecurityTable>
        </section>
      ))}
      {anyUnmatched && <p className={securityTableStyles.note}>{labels.unmatched[locale]}</p>}
    </>
  );
}
