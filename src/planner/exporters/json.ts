/** The plan itself, as the file the planner opens again (see schema.ts). */
import type {Locale} from '../../catalog';
import type {Plan} from '../plan';
import {serializePlanFile, toPlanFile} from '../schema';

export const JSON_MIME = 'application/json';

export function toJson(plan: Plan, locale: Locale, now: Date): string {
  return serializePlanFile(toPlanFile(plan, locale, now));
}
