/**
 * The planner's own words, in both languages: step names, questions, labels
 * and messages. Facts about partnerships are not here; they come from the
 * catalog.
 */
import {labels} from '../catalog/labels';
import {patternChoice} from './ruleStrings';
import {phases} from '../catalog/data/phases';
import {guideSource} from '../catalog/data/guideSource';
import type {Text} from '../catalog/types';
import type {PlanError} from './schema';
import type {ChecklistGroup, ChecklistView, RelatedDoc, RowProgress, Stress} from './checklist';
import type {
  DataKind,
  EditStamp,
  LineStatus,
  NameField,
  Owner,
  PatternAnswer,
  PatternQuestion,
  Plan,
  Provider,
  ContactKind,
  ContactField,
  Role,
  StepId,
  TechDirection,
  TextProblem,
} from './plan';
import type {Locale} from '../catalog/types';

/** The guide's title, from the catalog (its issuer and date: catalog/sinceGuide.ts, guideCitation). */
export const guideTitle: Text = guideSource.title;
export const plannerTitle: Text = {ja: '連携プランナー', en: 'Partnership planner'};

const phaseName = (id: 'sales' | 'introduction' | 'operation'): Text => phases.find((p) => p.id === id)!.name;

/** The steps' names; the three phase steps are named as the guide names its phases. */
export const stepNames: Record<StepId, Text> = {
  about: {ja: '立場と連携', en: 'You and the partnership'},
  pattern: {ja: '契約パターン', en: 'Contract pattern'},
  context: {ja: '前提条件', en: 'Context'},
  sales: phaseName('sales'),
  introduction: phaseName('introduction'),
  operation: phaseName('operation'),
  review: {ja: 'チェックリスト', en: 'Checklist'},
};

/** The last step, for a customer: their check before signing. */
export const customerReviewName: Text = {ja: '契約前の確認', en: 'Before you sign'};

/** A step's name on the reader's walk. */
export function stepName(step: StepId, role: Role | null): Text {
  return step === 'review' && role === 'customer' ? customerReviewName : stepNames[step];
}

export {applicabilityNames, patternChoice, ruleReasons} from './ruleStrings';

export const viewNames: Record<ChecklistView, Text> = {
  plan: {ja: '連携のチェックリスト', en: 'Partnership checklist'},
  customer: {ja: '利用者が事業者に確認すること', en: 'What the customer confirms with the providers'},
  agenda: {ja: '打ち合わせの議題', en: 'Meeting agenda'},
};

export const roleNames: Record<Role, Text> = {
  lead: {
    ja: '契約主体の事業者（利用契約者と契約する、またはその予定）',
    en: 'Lead provider (holds, or would hold, the contract with the contracting customer)',
  },
  partner: {ja: '連携先の事業者', en: 'Partner provider'},
  customer: {ja: '利用者（利用契約者）', en: 'Customer (the contracting customer)'},
};

export const ownerNames: Record<Owner, Text> = {
  lead: {ja: '契約主体の事業者', en: 'Lead provider'},
  partner: {ja: '連携先の事業者', en: 'Partner provider'},
  both: {ja: '両事業者', en: 'Both providers'},
  customer: {ja: '利用者', en: 'Customer'},
};

export const statusNames: Record<LineStatus, Text> = {
  open: {ja: '未着手', en: 'Not yet'},
  done: {ja: '済', en: 'Done'},
  confirm: {ja: '要確認', en: 'Needs confirmation'},
  na: {ja: '対象外', en: 'Not applicable'},
};

export const nameFieldLabels: Record<NameField, Text> = {
  partnership: {ja: '連携（プラン）の名称', en: 'Name of the partnership (plan)'},
  lead: {ja: '契約主体の事業者名', en: 'Lead provider'},
  partner: {ja: '連携先の事業者名', en: 'Partner provider'},
  customer: {ja: '利用者名', en: 'Customer'},
};

export const patternQuestions: Record<PatternQuestion, {question: Text; answers: Record<PatternAnswer, Text>}> = {
  contract: {
    question: {
      ja: '利用者は誰と利用契約を結びますか。',
      en: 'Whom does the customer sign the service use contract with?',
    },
    answers: {
      one: {
        ja: '事業者のうち1社と、連携するサービス全体について契約する',
        en: 'One of the providers, for all the partnered services',
      },
      each: {ja: '連携する事業者それぞれと個別に契約する', en: 'Each provider, separately'},
    },
  },
  payment: {
    question: {ja: '利用者は利用料金を誰に支払いますか。', en: 'Whom does the customer pay?'},
    answers: {
      one: {
        ja: '契約した1社に支払い、事業者間で分配する',
        en: 'The one contracted provider, who shares the fees with its partner',
      },
      each: {ja: 'それぞれの事業者に直接支払う', en: 'Each provider directly'},
    },
  },
  contact: {
    question: {
      ja: '障害や問い合わせの窓口はどうしますか。',
      en: 'Where does the customer turn with questions and faults?',
    },
    answers: {
      one: {ja: '契約した1社に一本化する', en: 'One contact: the contracted provider'},
      each: {
        ja: '事業者ごとに問い合わせ、切り分けは利用者側で行う',
        en: 'Each provider, with the customer isolating the fault',
      },
    },
  },
};

export const dataKindNames: Record<DataKind, Text> = {
  personalInfo: {ja: '個人情報を取り扱う', en: 'Personal information is handled'},
  tradeSecret: {ja: '営業秘密にあたるデータを取り扱う', en: 'Trade-secret data is handled'},
};

/** A view's name as the reader sees it: a customer's whole plan is their check before signing. */
export function viewName(view: ChecklistView, role: Role | null): Text {
  return view === 'plan' && role === 'customer' ? customerCheckName : viewNames[view];
}

export const customerCheckName: Text = {ja: '契約前の確認（利用者）', en: 'Before signing: the customer’s check'};

export const sourceNames = {
  guide: {ja: 'ガイド', en: 'Guide'},
  site: {ja: 'サイト追加', en: 'Added by this site'},
} satisfies Record<'guide' | 'site', Text>;

/** Where a line's question comes from, said in words. */
export const sourceExplained = {
  guide: {ja: 'ガイドのチェックリストの確認事項', en: 'A question of the guide’s checklist'},
  site: {
    ja: 'このサイトがガイドの本文から作った確認事項（ガイドのチェックリストはレベニューシェア契約までのため）',
    en: 'A question this site wrote from the guide’s text (the guide’s checklist stops after the revenue-share agreement)',
  },
} satisfies Record<'guide' | 'site', Text>;

/** A related guide a checklist row comes from, by the name its page on this site has. */
export const relatedDocNames: Record<RelatedDoc, Text> = {
  customerGuide: {ja: 'ASPIC「利用者保護」ガイド', en: 'ASPIC customer guide'},
};

/** Where on this site each related guide is set out. */
export const relatedDocPages: Record<RelatedDoc, string> = {customerGuide: '/guide/related/customers'};

/** What a row (or line) refers to: its figure in the guide, or the related guide it comes from. */
export function referenceLabel(ref: Pick<ChecklistGroup, 'figure' | 'related'>, locale: Locale): string {
  if (ref.figure !== null) return locale === 'ja' ? `図表${ref.figure}` : `Figure ${ref.figure}`;
  return ref.related ? relatedDocNames[ref.related][locale] : '';
}

/** A row's progress, as the task list shows it. */
export const progressNames: Record<RowProgress, Text> = {
  done: {ja: '完了', en: 'Done'},
  confirm: {ja: '要確認あり', en: 'To confirm'},
  inProgress: {ja: '対応中', en: 'Under way'},
  open: {ja: '未着手', en: 'Not started'},
  na: {ja: '対象外', en: 'Not applicable'},
};

/** Why a line is stressed: the short tag, and the sentence that says what in the plan made it so. */
export const stressNames: Record<Stress, {tag: Text; why: Text}> = {
  personalInfo: {
    tag: {ja: '個人情報', en: 'Personal information'},
    why: {
      ja: 'このサービスは個人情報を取り扱うため、重点的に確認します。',
      en: 'The service handles personal information, so this is a point to settle first.',
    },
  },
  customerSecrets: {
    tag: {ja: '営業秘密', en: 'Trade secrets'},
    why: {
      ja: 'このサービスは営業秘密にあたるデータを取り扱うため、重点的に確認します。',
      en: 'The service handles trade-secret data, so this is a point to settle first.',
    },
  },
  availability: {
    tag: {ja: '可用性', en: 'Availability'},
    why: {
      ja: 'セキュリティパターンの可用性への要求から、保証するサービスレベルを重点的に確認します。',
      en: 'The security pattern’s availability requirement makes the guaranteed service level a point to settle first.',
    },
  },
  patch: {
    tag: {ja: 'パッチ', en: 'Patches'},
    why: {
      ja: 'セキュリティパターンの対策参照値から、パッチ適用の取り決めを確認します。',
      en: 'The security pattern’s reference values bear on how patches are handled.',
    },
  },
};

export const techDirectionNames: Record<TechDirection, Text> = {
  partnerToLead: {
    ja: '連携先の事業者が契約主体の事業者に技術を提供する',
    en: 'The partner provider gives the lead provider technology',
  },
  leadToPartner: {
    ja: '契約主体の事業者が連携先の事業者に技術を提供する',
    en: 'The lead provider gives the partner provider technology',
  },
  mutual: {ja: '相互に技術を提供する', en: 'Each gives the other technology'},
};

export const yourSide: Text = {ja: 'あなた', en: 'You'};

/** A provider as the customer knows it: the name they gave, or its part. */
export function providerName(provider: Provider, plan: Pick<Plan, 'names' | 'pattern'>, locale: Locale): string {
  const name = plan.names[provider].trim();
  if (name) return name;
  // in pattern 1 both providers contract the customer: neither is "the" contract holder
  if (plan.pattern === 'p1') return fillIn(providerNumbered[locale], {n: provider === 'lead' ? 1 : 2});
  return ownerNames[provider][locale];
}

export const providerNumbered: Text = {ja: '事業者{n}', en: 'Provider {n}'};

function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The contract a pattern-1 customer signs with one provider. */
export function contractWith(provider: Provider, plan: Pick<Plan, 'names' | 'pattern'>, locale: Locale): string {
  return fillIn(contractWithText[locale], {name: providerName(provider, plan, locale)});
}

export const contractWithText: Text = {ja: '{name}との契約', en: 'Contract with {name}'};

/** The customer's contact sheet. */
export const contactKindNames: Record<ContactKind, Text> = {
  faults: {ja: '障害', en: 'Faults'},
  enquiries: {ja: '問い合わせ', en: 'Enquiries'},
  billing: {ja: '請求・料金', en: 'Billing'},
  security: {ja: 'セキュリティ事故', en: 'Security incidents'},
};

export const contactFieldNames: Record<ContactField, Text> = {
  name: {ja: '担当者・窓口名', en: 'Person or desk'},
  department: {ja: '部署', en: 'Department'},
  reach: {ja: '電話・メール', en: 'Phone or e-mail'},
  hours: {ja: '受付時間', en: 'Hours'},
};

export const contactSheetTitle: Text = {ja: '連絡先シート', en: 'Contact sheet'};

/** A label and what it names, as a title: "label：value" in Japanese, "label: value" in English. */
export function titled(label: string, value: string, locale: Locale): string {
  return locale === 'ja' ? `${label}：${value}` : `${label}: ${value}`;
}

/** A name in brackets after a label: full-width in Japanese, " (…)" in English. */
export function bracketed(name: string, locale: Locale): string {
  return locale === 'ja' ? `（${name}）` : ` (${name})`;
}

/**
 * An owner as the reader sees it: their own side is "you", with the name
 * they gave; the other parties by their role and name.
 */
export function ownerLabel(owner: Owner, plan: Pick<Plan, 'role' | 'names'>, locale: Locale): string {
  const name = owner === 'both' ? '' : plan.names[owner].trim();
  const label = owner === plan.role ? yourSide[locale] : ownerNames[owner][locale];
  return name ? `${label}${bracketed(name, locale)}` : label;
}

/** Column headings of the CSV, XLSX and Markdown exports. */
export const columns = {
  id: {ja: 'ID', en: 'ID'},
  phase: {ja: '段階', en: 'Phase'},
  group: {ja: '取り決め・要件', en: 'Agreement or requirement'},
  item: {ja: '項目', en: 'Item'},
  text: {ja: '確認事項', en: 'What to check'},
  source: {ja: '出典', en: 'Source'},
  figure: labels.figure,
  status: {ja: '状況', en: 'Status'},
  owner: {ja: '担当', en: 'Owner'},
  note: {ja: 'メモ', en: 'Note'},
  outcome: {ja: '決定事項・結果', en: 'Decision or outcome'},
  chosen: {ja: '選んだもの', en: 'Chosen'},
  stress: {ja: '重点', en: 'Stressed'},
  sources: {ja: '出典箇所', en: 'Where the guide asks it'},
  changed: {ja: '最終更新', en: 'Last changed by'},
} satisfies Record<string, Text>;

/**
 * Who last changed a line, and when: the side's part, the name it goes by,
 * and the moment in UTC to the minute ("連携先の事業者（ビー株式会社）・2026-12-03 02:10 UTC").
 */
export function stampText(stamp: EditStamp, locale: Locale): string {
  const name = stamp.name.trim();
  return `${ownerNames[stamp.by][locale]}${name ? bracketed(name, locale) : ''}・${stamp.at.slice(0, 10)} ${stamp.at.slice(11, 16)} UTC`;
}

/** The header every export carries. */
export const metaLabels = {
  plan: {ja: 'プラン', en: 'Plan'},
  parties: {ja: '当事者', en: 'Parties'},
  pattern: {ja: '契約パターン', en: 'Contract pattern'},
  security: {ja: 'セキュリティパターン', en: 'Security pattern'},
  view: {ja: '内容', en: 'View'},
  role: {ja: 'あなたの立場', en: 'Your role'},
  customerSystems: {ja: '利用者のシステムとの連携', en: "Link to the customer's systems"},
  sector: {ja: '分野', en: 'Sector'},
  data: {ja: '取り扱うデータ', en: 'Data handled'},
  agreements: {ja: '締結する取り決め', en: 'Agreements to make'},
  // the two groups of agreements (図表9, 図表26), so that the SLA and the NDA made on each side are told apart
  agreementsBetweenProviders: {ja: '事業者間', en: 'Between the providers'},
  agreementsWithCustomer: {ja: '利用者と', en: 'With the customer'},
  requirements: {ja: '技術要件', en: 'Technical requirements'},
  techDirection: {ja: '技術提供', en: 'Technology provision'},
  meetingDate: {ja: '打ち合わせ日', en: 'Meeting date'},
  attendees: {ja: '出席者', en: 'Attendees'},
  yes: {ja: 'あり', en: 'Yes'},
  no: {ja: 'なし', en: 'No'},
  none: {ja: 'なし', en: 'None'},
  notAnswered: {ja: '未回答', en: 'Not answered'},
  date: {ja: '作成日', en: 'Date'},
  language: {ja: '言語', en: 'Language'},
  reference: {ja: '参照', en: 'Reference'},
  untitled: {ja: '（名称未設定）', en: '(untitled)'},
  notChosen: {ja: '未選択', en: 'not chosen'},
  // no party named yet: not 'none', as a partnership always has its parties
  notNamed: {ja: '未記入', en: 'not named'},
  languageName: {ja: '日本語', en: 'English'},
} satisfies Record<string, Text>;

export const errorMessages: Record<PlanError | 'unavailable', Text> = {
  notJson: {ja: 'このファイルはJSONではないため読み込めません。', en: 'This file is not JSON, so it cannot be opened.'},
  notPlan: {
    ja: 'このファイルはこのサイトのプランファイルではありません。',
    en: "This file is not one of this site's plan files.",
  },
  newerVersion: {
    ja: 'このプランは新しい版のサイトで保存されたため、この版では開けません。',
    en: 'This plan was saved by a newer release of the site and cannot be opened by this one.',
  },
  invalid: {ja: 'プランの内容が壊れているため読み込めません。', en: 'The plan is damaged and cannot be opened.'},
  unsafeText: {
    ja: 'プランに使用できない文字列（制御文字、文字の表示方向を変える見えない文字、壊れた文字、文字として使われないコード、または長すぎる文字列）が含まれているため読み込めません。',
    en: 'The plan contains text that cannot be taken in (control characters, invisible characters that change the direction of text, broken characters, codes that are not characters, or text that is too long), so it was not opened.',
  },
  tooLarge: {
    ja: 'プランが大きすぎるため読み込めません（このサイトが作るプランより大きなものは読み込みません）。',
    en: 'The plan is too large to open (nothing larger than a plan this site makes is read).',
  },
  corruptLink: {
    ja: '共有リンクが壊れているか、途中で切れているため開けません。',
    en: 'The share link is damaged or cut short, so it cannot be opened.',
  },
  notUtf8: {
    ja: 'このファイルはUTF-8のテキストではないため読み込めません（Shift_JISなど別の文字コードで保存されたファイルは、文字を置き換えずには読めません）。',
    en: 'This file is not UTF-8 text, so it cannot be opened (a file saved in another encoding, such as Shift_JIS, cannot be read without replacing its characters).',
  },
  unreadableFile: {
    ja: 'ブラウザがこのファイルを読み取れませんでした。ファイルが移動・削除されていないか確認してください。',
    en: 'The browser could not read this file. Check that it has not been moved or deleted.',
  },
  unavailable: {ja: 'ブラウザの保存領域を利用できません。', en: "The browser's storage is not available."},
};

/** Why a name or note is not taken in; {char} is the character found, as U+XXXX. */
export const textProblemMessages = {
  control: {
    ja: '制御文字（ここでは {char}）は入力できません。',
    en: 'Control characters (here {char}) cannot be entered.',
  },
  direction: {
    ja: '文字の表示方向を変える見えない文字（ここでは {char}）は入力できません。',
    en: 'Invisible characters that change the direction of text (here {char}) cannot be entered.',
  },
  brokenCharacter: {
    ja: '壊れた文字（対になっていないサロゲート、ここでは {char}）は入力できません。',
    en: 'Broken characters (half of a character, an unpaired surrogate: here {char}) cannot be entered.',
  },
  nonCharacter: {
    ja: '文字として使われないコード（非文字、ここでは {char}）は入力できません。Excelなどが開けないファイルになるためです。',
    en: 'Codes that are not characters (noncharacters, here {char}) cannot be entered: files holding them do not open in Excel and other programs.',
  },
  tooLong: {ja: '長すぎます。', en: 'Too long.'},
} satisfies Record<TextProblem, Text>;

/**
 * The words above that the exports read, for an export in both languages:
 * the other language's half of each is put back by bilingual.ts.
 */
export const exportWords = {
  columns,
  contactFieldNames,
  contactKindNames,
  contactSheetTitle,
  contractWithText,
  customerCheckName,
  dataKindNames,
  metaLabels,
  ownerNames,
  patternChoice,
  plannerTitle,
  progressNames,
  providerNumbered,
  relatedDocNames,
  sourceNames,
  statusNames,
  stressNames,
  techDirectionNames,
  viewNames,
};
