/**
 * The customer's contact sheet, as every output shows it: which providers it
 * lists, in which order and under which label, and what the guide says about
 * whom a customer calls in their pattern.
 */
import type {Locale, Text} from '../catalog/types';
import {CONTACT_FIELDS, CONTACT_KINDS, PROVIDERS, type Plan, type Provider} from './plan';
import {bracketed, contactFieldNames, contactKindNames, providerName} from './strings';

export interface ContactSheetProvider {
  provider: Provider;
  label: string;
}

const roleInSheet: Record<'p1' | 'p2', Record<Provider, Text>> = {
  // 図表5: the customer contracts each provider
  p1: {
    lead: {ja: '契約する事業者', en: 'Provider you contract'},
    partner: {ja: '契約する事業者', en: 'Provider you contract'},
  },
  // 図表6: one provider holds the contract; the other is its partner
  p2: {
    lead: {ja: '契約する事業者', en: 'Provider you contract'},
    partner: {ja: '連携先の事業者（参考）', en: 'Partnered provider (for reference)'},
  },
};

/** The providers on the sheet, the one(s) the customer contracts first. */
export function contactSheetProviders(plan: Pick<Plan, 'names' | 'pattern'>, locale: Locale): ContactSheetProvider[] {
  const pattern = plan.pattern ?? 'p1';
  return PROVIDERS.map((provider) => {
    const role = roleInSheet[pattern][provider][locale];
    // the partnered provider of pattern 2 is named by its role already: only a name the reader gave is added
    const unnamedPartner = pattern === 'p2' && provider === 'partner' && plan.names.partner.trim() === '';
    return {
      provider,
      label: unnamedPartner ? role : `${role}${bracketed(providerName(provider, plan, locale), locale)}`,
    };
  });
}

/**
 * What 図表31 says about whom the customer deals with when something breaks,
 * put as the reason for the sheet.
 */
export function contactRoleNote(plan: Pick<Plan, 'pattern'>): Text {
  return plan.pattern === 'p2'
    ? {
        ja: '図表31：障害時や緊急時の原因の調査と対応は契約した事業者が負い、対応方法はその事業者との間でのみ決めるのが一般的です。窓口は契約した事業者です。連携先の連絡先は参考として控えておけます。',
        en: 'Figure 31: the provider you contracted is responsible for investigating and handling faults and emergencies, and you usually settle how they are handled with that provider alone. It is your point of contact; the partnered provider’s contacts can be kept for reference.',
      }
    : {
        ja: '図表31：障害時や緊急時にどのサービスに原因があるかの切り分けは、契約に盛り込んでいない限り利用者側の対応とされることがあります。事業者ごとに、どこへ連絡するかを控えておきましょう。',
        en: 'Figure 31: unless the contracts say otherwise, finding which service a fault or emergency lies in may be left to you. Keep, for each provider, whom to call.',
      };
}

/** The sheet as rows of strings (provider, kind, then each field), for the exports: every row, blank ones too, so that a printout leaves room to write. */
export function contactRows(plan: Plan, locale: Locale): string[][] {
  return contactSheetProviders(plan, locale).flatMap(({provider, label}) =>
    CONTACT_KINDS.map((kind) => [
      label,
      contactKindNames[kind][locale],
      ...CONTACT_FIELDS.map((f) => plan.contacts[provider][kind][f]),
    ]),
  );
}

export function contactHeader(locale: Locale): string[] {
  return [providerHeading[locale], kindHeading[locale], ...CONTACT_FIELDS.map((f) => contactFieldNames[f][locale])];
}

const providerHeading: Text = {ja: '事業者', en: 'Provider'};
const kindHeading: Text = {ja: '用件', en: 'For'};
