/**
 * The security pattern finder: three questions, one per property of the
 * information security guideline (confidentiality, integrity, availability),
 * lead to one of its six service patterns. Used on the security page and in
 * the planner's context step.
 */
import {assertEvent, assign, setup} from 'xstate';
import {
  findSecurityPattern,
  securityPropertyLevels,
  type SecurityLevel,
  type SecurityPattern,
} from '../../catalog/related/securityPatterns';

import type {SecurityAnswers} from '../plan';

export type {SecurityAnswers};

export const defaultSecurityAnswers: SecurityAnswers = {confidentiality: 'high', availability: 'high'};

export type SecurityFinderEvent =
  | {type: 'SET_CONFIDENTIALITY'; level: SecurityAnswers['confidentiality']}
  | {type: 'SET_AVAILABILITY'; level: SecurityLevel};

/** The pattern the answers lead to (every combination the questions offer has one). */
export function securityPatternFor(answers: SecurityAnswers): SecurityPattern {
  const pattern = findSecurityPattern(answers.confidentiality, 'high', answers.availability);
  if (!pattern) throw new Error(`No security pattern for ${JSON.stringify(answers)}`);
  return pattern;
}

/** "パターン2：機密性・完全性への要求は高いが…" / "Pattern 2: …" */
export function securityPatternTitle(pattern: SecurityPattern, locale: 'ja' | 'en'): string {
  return locale === 'ja' ? `パターン${pattern.no}：${pattern.name.ja}` : `Pattern ${pattern.no}: ${pattern.name.en}`;
}

export const confidentialityLevels =
  securityPropertyLevels.confidentiality as readonly SecurityAnswers['confidentiality'][];
export const availabilityLevels = securityPropertyLevels.availability;

export const securityFinderMachine = setup({
  types: {
    context: {} as SecurityAnswers,
    events: {} as SecurityFinderEvent,
    input: {} as Partial<SecurityAnswers> | undefined,
  },
  actions: {
    setConfidentiality: assign(({event}) => {
      assertEvent(event, 'SET_CONFIDENTIALITY');
      return {confidentiality: event.level};
    }),
    setAvailability: assign(({event}) => {
      assertEvent(event, 'SET_AVAILABILITY');
      return {availability: event.level};
    }),
  },
}).createMachine({
  id: 'securityFinder',
  context: ({input}) => ({...defaultSecurityAnswers, ...input}),
  on: {
    SET_CONFIDENTIALITY: {actions: 'setConfidentiality'},
    SET_AVAILABILITY: {actions: 'setAvailability'},
  },
});
