import type {ReactNode} from 'react';
import {getAgreement} from '@site/src/catalog';
import type {AgreementId} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';

/** The guide's bullets that introduce an agreement, before its item table. */
export default function AgreementIntro({id}: {id: AgreementId}): ReactNode {
  const locale = useLocale();
  const agreement = getAgreement(id);
  return (
    <ul>
      {agreement.description.map((line, i) => (
        <li key={i}>{line[locale]}</li>
      ))}
    </ul>
  );
}
