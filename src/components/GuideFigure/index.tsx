import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {figureRef, getFigure, labels} from '@site/src/catalog';
import type {FigureNo} from '@site/src/catalog';
import {useLocale} from '@site/src/hooks/useLocale';
import {
  AgreementTable,
  AuthLayersTable,
  CustomerOverviewTable,
  CustomerWatchTable,
  GuidelineRequirementsTable,
  LogItemsTable,
  MasterDataTable,
  PhaseActionsTable,
  ProviderOverviewTable,
  TechProcessGrid,
  TechRequirementsTable,
} from './tables';
import {ContractModels, PartnershipPurposes, PartnershipAgreements, ServiceSystems} from './diagrams';
import styles from './styles.module.css';

function FigureBody({n}: {n: FigureNo}): ReactNode {
  switch (n) {
    case 2:
      return <ServiceSystems />;
    case 3:
      return <PartnershipPurposes />;
    case 4:
      return <ContractModels show="both" />;
    case 5:
      return <ContractModels show="p1" />;
    case 6:
      return <ContractModels show="p2" />;
    case 7:
      return <PhaseActionsTable />;
    case 8:
      return <PartnershipAgreements />;
    case 9:
      return <ProviderOverviewTable />;
    case 18:
      return <TechRequirementsTable />;
    case 19:
      return <MasterDataTable />;
    case 20:
      return <AuthLayersTable />;
    case 22:
      return <LogItemsTable />;
    case 24:
      return <TechProcessGrid />;
    case 25:
      return <GuidelineRequirementsTable />;
    case 26:
      return <CustomerOverviewTable />;
    case 31:
      return <CustomerWatchTable />;
    case 10:
    case 11:
    case 12:
    case 13:
    case 14:
    case 15:
    case 16:
    case 17:
    case 27:
    case 28:
    case 29:
    case 30:
      return <AgreementTable n={n} />;
    case 1:
    case 21:
    case 23:
      return <Described n={n} />;
  }
}

function Described({n}: {n: FigureNo}): ReactNode {
  const locale = useLocale();
  const figure = getFigure(n);
  return (
    <div className={styles.described}>
      <p className={styles.note}>{labels.figureNotInSource[locale]}</p>
      {figure.description && <p>{figure.description[locale]}</p>}
    </div>
  );
}

/**
 * One of the guide's figures (図表N), rendered from the catalog with its
 * caption and source line: a table as an HTML table, a diagram drawn in HTML.
 */
export default function GuideFigure({n}: {n: FigureNo}): ReactNode {
  const locale = useLocale();
  const figure = getFigure(n);
  const id = `figure-${n}`;
  useBrokenLinks().collectAnchor(id);
  return (
    <figure id={id} className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        <span className={styles.ref}>{figureRef(n, locale)}</span>
        {figure.title[locale]}
      </figcaption>
      <FigureBody n={n} />
      {figure.source && (
        <p className={styles.source}>
          {labels.source[locale]}
          {locale === 'ja' ? '：' : ': '}
          {figure.source[locale]}
        </p>
      )}
    </figure>
  );
}
