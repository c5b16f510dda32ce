/**
 * The guide's rules: which agreements a partnership needs, in which variant,
 * what the customer must watch and which guideline requirements apply. The
 * UI shows what these return; it decides nothing itself.
 */
import {
  agreements,
  customerWatch,
  guidelineRequirements,
  guidelines,
  type Agreement,
  type AgreementId,
  type AgreementVariant,
  type GuidelineId,
  type GuidelineRequirement,
  type PatternId,
  type ServiceContractVariantId,
  type Text,
} from '../catalog';
import type {Plan} from './plan';

export type Applicability = 'required' | 'optional' | 'notApplicable';

/**
 * Why a rule came out as it did. The words are in strings.ts; the guide's own
 * sentence on when the agreement is made is the agreement's description.
 */
export type RuleReason =
  | 'always' // every partnership makes it
  | 'singleContractOnly' // only when one provider holds the customer contract (pattern 2)
  | 'patternUndecided'
  | 'whenSellingTogether'
  | 'whenProvidingTechnology'
  | 'customerSystems' // the customer's own systems connect to the service
  | 'noCustomerSystems';

export interface AgreementRule {
  agreement: Agreement;
  applicability: Applicability;
  reason: RuleReason;
  /** for optional agreements: what the reader gets when they have not chosen */
  defaultIncluded?: boolean;
  /** whether it is on the checklist */
  included: boolean;
}

function rule(plan: Plan, agreement: Agreement): Omit<AgreementRule, 'included' | 'agreement'> {
  switch (agreement.id) {
    // 3.(2)② 【ライセンス供与契約】【レベニューシェア契約】【SLA】: made only when
    // one of the providers alone contracts the customer (pattern 2, 図表6).
    case 'license':
    case 'revenueShare':
    case 'providerSla':
      if (plan.pattern === 'p2') return {applicability: 'required', reason: 'singleContractOnly'};
      return {
        applicability: 'notApplicable',
        reason: plan.pattern === 'p1' ? 'singleContractOnly' : 'patternUndecided',
      };
    // 3.(2)② 【共同販売契約】: made when the providers sell the combined service together.
    case 'jointSales':
      return {applicability: 'optional', reason: 'whenSellingTogether', defaultIncluded: false};
    // 3.(2)② 【技術提供契約】: made when one provider gives the other technology;
    // the guide counts it among the introduction phase's agreements (図表9).
    case 'techProvision':
      return {applicability: 'optional', reason: 'whenProvidingTechnology', defaultIncluded: true};
    // 4.(2) 【機密保持契約】 with the customer: made when the customer's own
    // systems or services are linked with the service (図表30).
    case 'customerNda':
      return plan.customerSystems
        ? {applicability: 'required', reason: 'customerSystems'}
        : {applicability: 'notApplicable', reason: 'noCustomerSystems'};
    // サービス共同提供契約, 機密保持契約, 守秘義務契約 between the providers, and
    // the service contract, SLA and terms of use with the customer (図表26).
    default:
      return {applicability: 'required', reason: 'always'};
  }
}

/** Every agreement, in the guide's order, with what the rules say of it. */
export function agreementRules(plan: Plan): AgreementRule[] {
  return agreements.map((agreement) => {
    const r = rule(plan, agreement);
    const included =
      r.applicability === 'required' ||
      (r.applicability === 'optional' && (plan.agreementChoices[agreement.id] ?? r.defaultIncluded ?? false));
    return {agreement, ...r, included};
  });
}

export function includedAgreements(plan: Plan): AgreementId[] {
  return agreementRules(plan)
    .filter((r) => r.included)
    .map((r) => r.agreement.id);
}

/**
 * The variants of the service contract (図表27) that fit: one contract with
 * the contract holder (pattern 2) or one per provider (pattern 1), plus the
 * fault-boundary clauses when the customer's own systems are linked.
 */
export function serviceContractVariants(plan: Plan): ServiceContractVariantId[] {
  const base: ServiceContractVariantId[] =
    plan.pattern === 'p2' ? ['singleContract'] : plan.pattern === 'p1' ? ['individualContracts'] : [];
  return plan.customerSystems ? [...base, 'customerSystems'] : base;
}

export function variantsOf(agreement: Agreement, plan: Plan): AgreementVariant[] {
  const wanted = serviceContractVariants(plan);
  return (agreement.variants ?? []).filter((v) => wanted.includes(v.id));
}

/** 図表31: what the customer must watch, for the chosen pattern. */
export function customerWatchFor(pattern: PatternId | null): {topic: Text; id: string; points: Text[]}[] {
  if (!pattern) return [];
  return customerWatch.map((t) => ({id: t.id, topic: t.topic, points: t.byPattern[pattern]}));
}

/**
 * 図表25: the general guidelines apply to every sector; a sector with its
 * own guideline adds it. No sector chosen: none.
 */
export function guidelinesFor(sector: Plan['sector']): GuidelineId[] {
  if (!sector) return [];
  return guidelines.filter((g) => g.sector === 'general' || g.sector === sector).map((g) => g.id);
}

export function guidelineRequirementsFor(sector: Plan['sector']): GuidelineRequirement[] {
  const ids = guidelinesFor(sector);
  return guidelineRequirements.filter((r) => ids.includes(r.guideline));
}

/**
 * What changes between the two patterns, for the side-by-side view: the
 * agreements one pattern has and the other has not.
 */
export function patternDifference(plan: Plan): Record<PatternId, AgreementId[]> {
  const p1 = new Set(includedAgreements({...plan, pattern: 'p1'}));
  const p2 = new Set(includedAgreements({...plan, pattern: 'p2'}));
  return {
    p1: [...p1].filter((id) => !p2.has(id)),
    p2: [...p2].filter((id) => !p1.has(id)),
  };
}
