/**
 * The catalog: the guide's structured content, in Japanese and English, each
 * entry carrying its 図表 reference. The guide's pages and the planner both
 * read from here; nothing in it is typed anywhere else.
 */
import type {
  Agreement,
  AgreementId,
  AgreementItem,
  CheckQuestion,
  Figure,
  FigureNo,
  Locale,
  Text,
  Pattern,
  PatternId,
} from './types';
import {figures} from './data/figures';
import {patterns} from './data/patterns';
import {figure7Heading, phases, phaseActionGroups} from './data/phases';
import {providerAgreements} from './data/providerAgreements';
import {customerAgreements} from './data/customerAgreements';
import {customerWatch} from './data/customerWatch';
import {guidelines, guidelineRequirements, sectors} from './data/guidelines';
import {
  authLayers,
  logItems,
  masterDataTasks,
  techProcessRows,
  techRequirements,
  techProcessNote,
  techStages,
} from './data/technical';
import {successPoints} from './data/successPoints';
import {customerAgreementSides, technologySides} from './data/sides';
import {guideSource} from './data/guideSource';
import {cases} from './data/cases';
import {
  contractPatternDiagram,
  customerSystemsDiagram,
  figure2Diagram,
  figure3Diagram,
  figure8Diagram,
} from './data/diagrams';

export * from './types';
export {labels} from './labels';
export {
  figures,
  patterns,
  phases,
  phaseActionGroups,
  figure7Heading,
  providerAgreements,
  customerAgreements,
  customerWatch,
  guidelines,
  guidelineRequirements,
  sectors,
  techRequirements,
  masterDataTasks,
  authLayers,
  logItems,
  techStages,
  techProcessRows,
  techProcessNote,
  successPoints,
  cases,
  customerAgreementSides,
  technologySides,
  figure2Diagram,
  figure3Diagram,
  contractPatternDiagram,
  figure8Diagram,
  customerSystemsDiagram,
};

/** Every agreement, provider-to-provider first, in the guide's order. */
export const agreements: readonly Agreement[] = [...providerAgreements, ...customerAgreements];

const agreementIndex = new Map<AgreementId, Agreement>(agreements.map((a) => [a.id, a]));
const figureIndex = new Map<FigureNo, Figure>(figures.map((f) => [f.no, f]));
const patternIndex = new Map<PatternId, Pattern>(patterns.map((p) => [p.id, p]));

export function getAgreement(id: AgreementId): Agreement {
  const found = agreementIndex.get(id);
  if (!found) throw new Error(`Unknown agreement: ${id}`);
  return found;
}

export function getFigure(no: FigureNo): Figure {
  const found = figureIndex.get(no);
  if (!found) throw new Error(`Unknown figure: ${no}`);
  return found;
}

export function getPattern(id: PatternId): Pattern {
  const found = patternIndex.get(id);
  if (!found) throw new Error(`Unknown pattern: ${id}`);
  return found;
}

/** The items of an agreement, variants flattened in the guide's order. */
export function agreementItems(agreement: Agreement): AgreementItem[] {
  return agreement.variants ? agreement.variants.flatMap((v) => v.items) : agreement.items;
}

/** Every check question of an agreement, in order. */
export function agreementQuestions(agreement: Agreement): CheckQuestion[] {
  return agreementItems(agreement).flatMap((item) => item.questions);
}

/** "図表10" / "Figure 10" */
export function figureRef(no: FigureNo, locale: Locale): string {
  return locale === 'ja' ? `図表${no}` : `Figure ${no}`;
}

/**
 * Whether two texts are the same. Both halves are compared, because a
 * language's build leaves out the half it never shows (see
 * plugins/strip-other-language.cjs): what stays is always the page's own.
 */
export function sameText(a: Text, b: Text): boolean {
  return a.ja === b.ja && a.en === b.en;
}

/**
 * The paragraph that leads into an agreement's list of items (「取り決めるべき
 * 項目の例として…」). Pages that show the items as their own list leave it out.
 * Recognised in either language, as either may be the only one in the build.
 */
export function isItemListLead(text: Text): boolean {
  return (
    text.ja.startsWith('取り決めるべき項目の例') ||
    /^(Examples of the items|The following are examples of the items)\b/.test(text.en)
  );
}

/**
 * The guide as a citation, with its issuer and date as its cover gives them:
 * 「ASP・SaaS事業者連携ガイド（総務省、平成24年（2012年）7月）」,
 * "ASP/SaaS Provider Partnership Guide (MIC, July 2012)".
 */
export function guideCitation(locale: Locale): string {
  const {title, issuerShort, issued} = guideSource;
  return locale === 'ja'
    ? `${title.ja}（${issuerShort.ja}、${issued.ja}）`
    : `${title.en} (${issuerShort.en}, ${issued.en})`;
}
