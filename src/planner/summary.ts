/**
 * The plan's answers in a few lines ("check your answers"): what the top of
 * the checklist shows, each with the step where it is changed, and what every
 * export carries as its header. One place, so that the screen, the printout and
 * the files say the same thing about a plan.
 */
import {sectors, techRequirements, type Locale, type Text} from '../catalog';
import {securityPatternFor, securityPatternTitle} from './widgets/securityFinder';
import {securityLevelLabels, securityPropertyNames} from '../catalog/related/securityPatterns';
import {agreementRules, type AgreementRule} from './rules';
import {DATA_KINDS, completeSecurity, securityInEffect, type Plan, type StepId} from './plan';
import {dataKindNames, metaLabels, ownerNames, patternChoice, techDirectionNames, titled} from './strings';

export type SummaryKey =
  | 'partnership'
  | 'parties'
  | 'role'
  | 'pattern'
  | 'customerSystems'
  | 'sector'
  | 'data'
  | 'security'
  | 'agreements'
  | 'techDirection'
  | 'requirements';

export interface SummaryRow {
  key: SummaryKey;
  label: string;
  value: string;
  /** where the answer is changed */
  step: StepId;
  /** nothing is answered yet */
  missing: boolean;
  /** where the value falls into groups (the agreements of each side), each group: the screen gives each a line */
  parts?: string[];
}

const PARTIES = ['lead', 'partner', 'customer'] as const;
/** Between labelled answers on one line. */
const BETWEEN: Record<Locale, string> = {ja: '、', en: '; '};
const LIST: Record<Locale, string> = {ja: '、', en: ', '};

/** The parties the reader named, with their roles; '' when none is named. */
export function partiesLine(plan: {names: Pick<Plan['names'], (typeof PARTIES)[number]>}, locale: Locale): string {
  return PARTIES.filter((p) => plan.names[p].trim() !== '')
    .map((p) => titled(ownerNames[p][locale], plan.names[p].trim(), locale))
    .join(BETWEEN[locale]);
}

function securityLine(plan: Plan, locale: Locale): string | null {
  const complete = completeSecurity(plan);
  if (complete) return securityPatternTitle(securityPatternFor(complete), locale);
  const answers = securityInEffect(plan);
  if (!answers) return null;
  return [
    titled(securityPropertyNames.confidentiality[locale], securityLevelLabels[answers.confidentiality][locale], locale),
    titled(securityPropertyNames.availability[locale], metaLabels.notAnswered[locale], locale),
  ].join(BETWEEN[locale]);
}

const GROUPS: Record<Locale, string> = {ja: '／', en: '. '};

/**
 * The agreements a provider makes, in two groups as the guide gives them (図表9
 * between the providers, 図表26 with the customer): each side has an SLA and a
 * 機密保持契約 of its own, which a single list would name twice over.
 */
function agreementGroups(included: readonly AgreementRule[], locale: Locale): string[] {
  const group = (parties: 'providers' | 'customer', label: Text): string | null => {
    const names = included.filter((r) => r.agreement.parties === parties).map((r) => r.agreement.name[locale]);
    return names.length ? titled(label[locale], names.join(LIST[locale]), locale) : null;
  };
  return [
    group('providers', metaLabels.agreementsBetweenProviders),
    group('customer', metaLabels.agreementsWithCustomer),
  ].filter((g) => g !== null);
}

/** The answers, in the order of the walk. */
export function planSummary(plan: Plan, locale: Locale): SummaryRow[] {
  const row = (
    key: SummaryKey,
    step: StepId,
    value: string | null,
    fallback: string = metaLabels.notAnswered[locale],
  ): SummaryRow => ({
    key,
    label: metaLabels[key === 'partnership' ? 'plan' : key][locale],
    value: value ?? fallback,
    step,
    missing: value === null,
  });
  const rules = agreementRules(plan);
  const included = rules.filter((r) => r.included);
  const techProvision = included.some((r) => r.agreement.id === 'techProvision');
  const rows: SummaryRow[] = [
    row('partnership', 'about', plan.names.partnership.trim() || null, metaLabels.untitled[locale]),
    row('parties', 'about', partiesLine(plan, locale) || null, metaLabels.notNamed[locale]),
    row('role', 'about', plan.role ? ownerNames[plan.role][locale] : null),
    row('pattern', 'pattern', plan.pattern ? patternChoice[plan.pattern][locale] : null),
    row(
      'customerSystems',
      'context',
      plan.customerSystems === null ? null : metaLabels[plan.customerSystems ? 'yes' : 'no'][locale],
    ),
    row(
      'sector',
      'context',
      plan.sector ? sectors.find((s) => s.id === plan.sector)!.name[locale] : null,
      metaLabels.notChosen[locale],
    ),
    row(
      'data',
      'context',
      DATA_KINDS.filter((k) => plan.data[k])
        .map((k) => dataKindNames[k][locale])
        .join(LIST[locale]) || metaLabels.none[locale],
    ),
    row('security', 'context', securityLine(plan, locale), metaLabels.notChosen[locale]),
  ];
  if (plan.role === 'customer') {
    // A customer signs the contracts of chapter 4 and asks nothing of the
    // providers' own arrangements; which contracts follows from the context.
    const contracts = included.filter((r) => r.agreement.parties === 'customer');
    rows.push(
      row(
        'agreements',
        'context',
        plan.pattern ? contracts.map((r) => r.agreement.name[locale]).join(LIST[locale]) : null,
      ),
    );
    return rows;
  }
  const groups = agreementGroups(included, locale);
  rows.push({
    ...row('agreements', 'sales', plan.pattern ? groups.join(GROUPS[locale]) || metaLabels.none[locale] : null),
    ...(plan.pattern && groups.length > 1 ? {parts: groups} : {}),
  });
  if (techProvision) {
    rows.push(
      row('techDirection', 'introduction', plan.techDirection ? techDirectionNames[plan.techDirection][locale] : null),
    );
  }
  rows.push(
    row(
      'requirements',
      'introduction',
      techRequirements
        .filter((r) => plan.requirements.includes(r.id))
        .map((r) => r.name[locale])
        .join(LIST[locale]) || metaLabels.none[locale],
    ),
  );
  return rows;
}
