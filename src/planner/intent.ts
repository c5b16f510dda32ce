/**
 * "Continue in the planner": a choice made in one of the guide's widgets,
 * carried to the planner in the link's fragment (`/planner#start=…`) and
 * applied to the reader's plan there. Only what the widget chose travels; the
 * rest of the reader's plan stays as it was.
 */
import {agreements, sectors, techRequirements} from '../catalog';
import type {AgreementId, SectorId, TechRequirementId} from '../catalog/types';
import {ROLES, type Plan, type Role, type SecurityAnswers} from './plan';
import {INTENT_KEY, hasIntent, type PlannerIntent} from './intentLink';

export {INTENT_KEY, encodeIntent, hasIntent, intentHref, type PlannerIntent} from './intentLink';

const agreementIds = new Set<string>(agreements.map((a) => a.id));
const requirementIds = new Set<string>(techRequirements.map((r) => r.id));
const sectorIds = new Set<string>(sectors.map((s) => s.id));

/**
 * Reads an intent; anything unknown is left out rather than refused, since an
 * intent only ever adds a choice the reader can see and change. Never throws.
 */
export function decodeIntent(fragment: string): PlannerIntent {
  const body = fragment.replace(/^#/, '');
  if (!hasIntent(body) || body.length > 2000) return {};
  const params = new URLSearchParams(body.slice(INTENT_KEY.length + 1));
  const intent: PlannerIntent = {};
  const role = params.get('role');
  if (role && (ROLES as readonly string[]).includes(role)) intent.role = role as Role;
  const pattern = params.get('pattern');
  if (pattern === 'p1' || pattern === 'p2') intent.pattern = pattern;
  const systems = params.get('systems');
  if (systems === 'yes' || systems === 'no') intent.customerSystems = systems === 'yes';
  const sector = params.get('sector');
  if (sector && sectorIds.has(sector)) intent.sector = sector as SectorId;
  const list = (key: string, known: Set<string>) => [
    ...new Set((params.get(key) ?? '').split(',').filter((id) => known.has(id))),
  ];
  const requirements = list('requirements', requirementIds) as TechRequirementId[];
  if (requirements.length) intent.requirements = requirements;
  const chosen = list('agreements', agreementIds) as AgreementId[];
  if (chosen.length) intent.agreements = chosen;
  const declined = list('declined', agreementIds).filter((id) => !chosen.includes(id as AgreementId)) as AgreementId[];
  if (declined.length) intent.declined = declined;
  const security = /^(high|low)-(high|medium|low)$/.exec(params.get('security') ?? '');
  if (security) {
    intent.security = {
      confidentiality: security[1] as SecurityAnswers['confidentiality'],
      availability: security[2] as SecurityAnswers['availability'],
    };
  }
  return intent;
}

/** The plan with the intent's choices made. */
export function applyIntent(plan: Plan, intent: PlannerIntent): Plan {
  return {
    ...plan,
    role: intent.role ?? plan.role,
    pattern: intent.pattern ?? plan.pattern,
    customerSystems: intent.customerSystems ?? plan.customerSystems,
    sector: intent.sector ?? plan.sector,
    security: intent.security ?? plan.security,
    requirements: intent.requirements
      ? [...plan.requirements, ...intent.requirements.filter((r) => !plan.requirements.includes(r))]
      : plan.requirements,
    agreementChoices: {
      ...plan.agreementChoices,
      ...Object.fromEntries((intent.declined ?? []).map((a) => [a, false])),
      ...Object.fromEntries((intent.agreements ?? []).map((a) => [a, true])),
    },
  };
}

export function isEmptyIntent(intent: PlannerIntent): boolean {
  return Object.keys(intent).length === 0;
}
