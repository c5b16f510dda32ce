import type {ReactNode} from 'react';
import {aspicLabels, aspicPillars, aspicPillarsIntro} from '@site/src/catalog/related/aspic';
import {useLocale} from '@site/src/hooks/useLocale';
import SecurityTable, {ColumnHead, securityTableStyles} from '@site/src/components/SecurityTable';

/** ASPIC's five pillars of activity, as its slides list them. */
export default function AspicPillars(): ReactNode {
  const locale = useLocale();
  return (
    <>
      <p>{aspicPillarsIntro[locale]}</p>
      <SecurityTable caption={aspicLabels.pillarsCaption}>
        <thead>
          <tr>
            <ColumnHead label={aspicLabels.pillar} />
            <ColumnHead label={aspicLabels.activity} />
          </tr>
        </thead>
        <tbody>
          {aspicPillars.map((pillar) => (
            <tr key={pillar.id}>
              <th scope="row">{pillar.name[locale]}</th>
              <td>
                {pillar.activity[locale]}
                {pillar.note && (
                  <span className={securityTableStyles.note}>
                    {locale === 'ja' ? `（${pillar.note.ja}）` : ` (${pillar.note.en})`}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </SecurityTable>
    </>
  );
}
