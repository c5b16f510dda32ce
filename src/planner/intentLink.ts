/**
 * Writing a "continue in the planner" link: the part of the intent codec a
 * widget needs. It imports nothing from the catalog, so a page with a widget
 * does not load the catalog for it; reading an intent back is in intent.ts.
 */
import type {AgreementId, PatternId, SectorId, TechRequirementId} from '../catalog/types';
import type {Role, SecurityAnswers} from './plan';

export const INTENT_KEY = 'start';

export interface PlannerIntent {
  role?: Role;
  pattern?: PatternId;
  customerSystems?: boolean;
  sector?: SectorId;
  /** technical requirements to add */
  requirements?: TechRequirementId[];
  /** agreements the reader chose to make (only those the rules leave open take effect) */
  agreements?: AgreementId[];
  /** agreements the reader chose not to make (likewise) */
  declined?: AgreementId[];
  /** the security pattern finder's answers */
  security?: SecurityAnswers;
}

/** The fragment (without '#') that carries an intent. */
export function encodeIntent(intent: PlannerIntent): string {
  const params = new URLSearchParams();
  if (intent.role) params.set('role', intent.role);
  if (intent.pattern) params.set('pattern', intent.pattern);
  if (intent.customerSystems !== undefined) params.set('systems', intent.customerSystems ? 'yes' : 'no');
  if (intent.sector) params.set('sector', intent.sector);
  if (intent.requirements?.length) params.set('requirements', intent.requirements.join(','));
  if (intent.agreements?.length) params.set('agreements', intent.agreements.join(','));
  if (intent.declined?.length) params.set('declined', intent.declined.join(','));
  if (intent.security) params.set('security', `${intent.security.confidentiality}-${intent.security.availability}`);
  return `${INTENT_KEY}&${params.toString()}`;
}

/** The planner's address carrying an intent, for a widget's "continue" link. */
export function intentHref(intent: PlannerIntent): string {
  return `/planner#${encodeIntent(intent)}`;
}

export function hasIntent(fragment: string): boolean {
  const body = fragment.replace(/^#/, '');
  return body === INTENT_KEY || body.startsWith(`${INTENT_KEY}&`);
}
