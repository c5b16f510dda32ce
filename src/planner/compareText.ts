/**
 * A comparison in words: what each change is called and each value written
 * as text, in the reader's language, from the planner's own names (status,
 * owner, answers) and the catalog's. Pure.
 */
import {agreements, sectors, techRequirements} from '../catalog';
import type {Locale, Text} from '../catalog/types';
import {securityLevelLabels, securityPropertyNames} from '../catalog/related/securityPatterns';
import type {Change} from './compare';
import type {ChecklistLine} from './checklist';
import {figureRef} from '../catalog';
import type {AgreementMark, ContactField, ContactKind, LineStatus, Owner, Plan, Provider, Role} from './plan';
import type {AgreedValue} from './values';
import {fieldOf, valueText as formatValue} from './valueText';
import {
  bracketed,
  columns,
  contactFieldNames,
  contactKindNames,
  dataKindNames,
  metaLabels,
  nameFieldLabels,
  ownerNames,
  patternChoice,
  patternQuestions,
  providerName,
  stampText,
  statusNames,
  techDirectionNames,
  titled,
} from './strings';

/** The comparison's own words. */
export const compareText = {
  title: {ja: '相手のプランとの比較', en: 'Your plan and theirs, compared'},
  intro: {
    ja: '同じ連携のプランが{origin}で届きました。変更された回答と項目ごとに、あなたの値と相手の値を並べています。決めるまで、あなたのプランは変わりません。',
    en: 'A plan of the same partnership came as a {origin}. Each changed answer and line is shown with your value beside theirs. Your plan stays as it is until you decide.',
  },
  originFile: {ja: 'プランファイル', en: 'plan file'},
  originLink: {ja: '共有リンク', en: 'share link'},
  count: {ja: '変更点：{n}件', en: 'Changes: {n}'},
  none: {
    ja: '相手のプランはあなたのプランと同じ内容です。',
    en: 'Their plan holds the same as yours.',
  },
  answers: {ja: '回答', en: 'Answers'},
  meeting: {ja: '次回の打ち合わせ', en: 'Next meeting'},
  contacts: {ja: '連絡先シート', en: 'Contact sheet'},
  otherLines: {ja: '現在のチェックリストにない項目', en: 'Lines not on the checklist now'},
  mine: {ja: 'あなたのプラン', en: 'Yours'},
  theirs: {ja: '相手のプラン', en: 'Theirs'},
  keepMine: {ja: '自分のものを残す', en: 'Keep mine'},
  takeTheirs: {ja: '相手のものを採用', en: 'Take theirs'},
  keepBoth: {ja: '両方のメモを残す', en: 'Keep both notes'},
  keepBothTexts: {ja: '両方を残す', en: 'Keep both'},
  allMine: {ja: 'すべて自分のものを残す', en: 'Keep all mine'},
  allTheirs: {ja: 'すべて相手のものを採用', en: 'Take all theirs'},
  allBoth: {ja: 'メモはすべて両方残す（他は相手のもの）', en: 'Keep both of every note (theirs for the rest)'},
  forAll: {ja: 'すべての変更について', en: 'For every change'},
  decided: {
    ja: '決定済み：{n} / {total}件（未決定の変更は自分のものを残します）',
    en: 'Decided: {n} of {total} (a change left undecided keeps yours)',
  },
  apply: {ja: '決定をプランに反映する', en: 'Apply the decisions to my plan'},
  replace: {ja: '比較せずに相手のプランで置き換える', en: 'Open theirs in place of mine instead'},
  cancel: {ja: '何も変えずに閉じる', en: 'Close without changing anything'},
  lastChangedMine: {ja: '最終更新（あなたのプラン）：{who}', en: 'Last changed in yours by {who}'},
  lastChangedTheirs: {ja: '最終更新（相手のプラン）：{who}', en: 'Last changed in theirs by {who}'},
  notSet: {ja: '（なし）', en: '(none)'},
  defaultMark: {ja: '（既定）', en: ' (default)'},
  agenda: {ja: '議題', en: 'Agenda'},
  values: {ja: '合意する値', en: 'Agreed values'},
  valueAgreed: {ja: '双方合意済み', en: 'agreed by both'},
  valueProposed: {ja: '提案中', en: 'proposed'},
  agreedMark: {ja: '合意の記録', en: 'Record of agreement'},
} satisfies Record<string, Text>;

/**
 * The words that differ when the other version is another tab's: the same
 * plan, open twice, with the same fields changed in both.
 */
export const compareTabText = {
  title: {ja: 'ほかのタブでも変更された項目', en: 'Changed in another tab too'},
  intro: {
    ja: 'このプランは別のタブでも開かれていて、同じ項目が両方のタブで変更されました。どちらを残すか選んでください。決めるまで、保存されるのは別のタブの値で、このタブには両方が表示されます。',
    en: 'This plan is open in another tab too, and the same fields were changed in both. Choose which to keep. Until you do, the other tab’s values are the ones kept, and both are shown here.',
  },
  mine: {ja: 'このタブ', en: 'This tab'},
  theirs: {ja: 'ほかのタブ', en: 'The other tab'},
  keepMine: {ja: 'このタブのものを残す', en: 'Keep this tab’s'},
  takeTheirs: {ja: 'ほかのタブのものを採用', en: 'Take the other tab’s'},
  allMine: {ja: 'すべてこのタブのものを残す', en: 'Keep all of this tab’s'},
  allTheirs: {ja: 'すべてほかのタブのものを採用', en: 'Take all of the other tab’s'},
  allBoth: {
    ja: 'メモはすべて両方残す（他はほかのタブのもの）',
    en: 'Keep both of every note (the other tab’s for the rest)',
  },
  decided: {
    ja: '決定済み：{n} / {total}件（未決定の項目はこのタブのものを残します）',
    en: 'Decided: {n} of {total} (a field left undecided keeps this tab’s)',
  },
  apply: {ja: '決定を反映する', en: 'Apply the decisions'},
  lastChangedMine: {ja: '最終更新（このタブ）：{who}', en: 'Last changed in this tab by {who}'},
  lastChangedTheirs: {ja: '最終更新（ほかのタブ）：{who}', en: 'Last changed in the other tab by {who}'},
} satisfies Partial<Record<keyof typeof compareText, Text>>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function fillCompare(
  key: keyof typeof compareText,
  locale: Locale,
  values: Record<string, string | number> = {},
  words: Partial<Record<keyof typeof compareText, Text>> = compareText,
): string {
  return fill((words[key] ?? compareText[key])[locale], values);
}

const LIST: Record<Locale, string> = {ja: '、', en: ', '};

export {stampText};

/** What a change is called: the answer's question, the line's field, the meeting's field or the contact cell. */
export function changeLabel(change: Change, plan: Pick<Plan, 'names' | 'pattern'>, locale: Locale): string {
  const [head, tail] = change.field.split('.') as [string, string | undefined];
  switch (change.area) {
    case 'answer':
      if (head === 'names') return nameFieldLabels[tail as keyof typeof nameFieldLabels][locale];
      if (head === 'patternAnswers') return patternQuestions[tail as keyof typeof patternQuestions].question[locale];
      if (head === 'data') return dataKindNames[tail as keyof typeof dataKindNames][locale];
      return (
        (
          {
            role: metaLabels.role,
            pattern: metaLabels.pattern,
            customerSystems: metaLabels.customerSystems,
            sector: metaLabels.sector,
            security: metaLabels.security,
            agreementChoices: metaLabels.agreements,
            requirements: metaLabels.requirements,
            techDirection: metaLabels.techDirection,
          } as Record<string, Text>
        )[head]?.[locale] ?? change.field
      );
    case 'line':
      return (
        {
          status: columns.status,
          owner: columns.owner,
          note: columns.note,
          outcome: columns.outcome,
          choices: columns.chosen,
          providerStatus: columns.status,
        } as Record<string, Text>
      )[change.field]![locale];
    case 'meeting':
      return (
        {date: metaLabels.meetingDate, attendees: metaLabels.attendees, agenda: compareText.agenda} as Record<
          string,
          Text
        >
      )[change.field]![locale];
    case 'contact': {
      const [provider, kind, field] = change.field.split('.') as [Provider, ContactKind, ContactField];
      return `${providerName(provider, plan, locale)}：${contactKindNames[kind][locale]}：${contactFieldNames[field][locale]}`;
    }
    case 'value': {
      const found = fieldOf(change.field);
      if (!found) return change.field;
      const name = `${found.field.name[locale]}${bracketed(figureRef(found.field.figure, locale), locale)}`;
      return found.scope ? titled(providerName(found.scope, plan, locale), name, locale) : name;
    }
    case 'mark':
      return titled(compareText.agreedMark[locale], ownerNames[change.field as Role][locale], locale);
  }
}

const yesNo = (value: unknown, locale: Locale) => (value ? metaLabels.yes[locale] : metaLabels.no[locale]);

/**
 * A value of a change as text. `line` is the checklist line (for an owner's
 * default and a choice's label); an unset value is the line's default where
 * it has one, else "(none)".
 */
export function valueText(
  change: Change,
  value: unknown,
  line: Pick<ChecklistLine, 'choices' | 'defaultOwner'> | null,
  plan: Pick<Plan, 'names' | 'pattern'>,
  locale: Locale,
): string {
  const none = compareText.notSet[locale];
  const [head, tail] = change.field.split('.') as [string, string | undefined];
  if (change.area === 'line') {
    switch (change.field) {
      case 'status':
        return value === undefined
          ? `${statusNames.open[locale]}${compareText.defaultMark[locale]}`
          : statusNames[value as LineStatus][locale];
      case 'owner': {
        if (value === undefined && !line) return none;
        const owner = (value ?? line!.defaultOwner) as Owner;
        const name = owner === 'both' ? '' : plan.names[owner].trim();
        const text = `${ownerNames[owner][locale]}${name ? bracketed(name, locale) : ''}`;
        return value === undefined ? `${text}${compareText.defaultMark[locale]}` : text;
      }
      case 'choices': {
        const ids = (value as string[] | undefined) ?? [];
        if (ids.length === 0) return none;
        return ids.map((id) => line?.choices.find((c) => c.id === id)?.label[locale] ?? id).join(LIST[locale]);
      }
      case 'providerStatus': {
        const by = (value as Partial<Record<Provider, LineStatus>> | undefined) ?? {};
        return (['lead', 'partner'] as const)
          .map((p) => `${providerName(p, plan, locale)}：${statusNames[by[p] ?? 'open'][locale]}`)
          .join(LIST[locale]);
      }
      default:
        return typeof value === 'string' && value !== '' ? value : none;
    }
  }
  if (change.area === 'meeting') {
    if (change.field === 'agenda') return `${(value as string[]).length}`;
    return typeof value === 'string' && value !== '' ? value : none;
  }
  if (change.area === 'contact') return typeof value === 'string' && value !== '' ? value : none;
  if (change.area === 'value') {
    const found = fieldOf(change.field);
    const v = value as AgreedValue | undefined;
    if (!v) return none;
    const text = found ? formatValue(found.field, v.value, locale) : JSON.stringify(v.value);
    return `${text}${bracketed(v.agreed ? compareText.valueAgreed[locale] : compareText.valueProposed[locale], locale)}`;
  }
  if (change.area === 'mark') {
    const m = value as AgreementMark | undefined;
    return m ? `${m.name}（${m.date}）` : none;
  }
  if (value === undefined || value === null) return metaLabels.notAnswered[locale];
  switch (head) {
    case 'role':
      return ownerNames[value as 'lead' | 'partner' | 'customer'][locale];
    case 'names':
      return value === '' ? none : String(value);
    case 'patternAnswers':
      return patternQuestions[tail as keyof typeof patternQuestions].answers[value as 'one' | 'each'][locale];
    case 'pattern':
      return patternChoice[value as 'p1' | 'p2'][locale];
    case 'customerSystems':
    case 'data':
      return yesNo(value, locale);
    case 'sector':
      return sectors.find((s) => s.id === value)?.name[locale] ?? String(value);
    case 'security': {
      const s = value as NonNullable<Plan['security']>;
      return (['confidentiality', 'availability'] as const)
        .map(
          (p) =>
            `${securityPropertyNames[p][locale]}：${s[p] ? securityLevelLabels[s[p]][locale] : metaLabels.notAnswered[locale]}`,
        )
        .join(LIST[locale]);
    }
    case 'agreementChoices': {
      const entries = Object.entries(value as Record<string, boolean>);
      if (entries.length === 0) return none;
      return entries
        .map(([id, on]) => `${agreements.find((a) => a.id === id)?.name[locale] ?? id}：${yesNo(on, locale)}`)
        .join(LIST[locale]);
    }
    case 'requirements': {
      const ids = value as string[];
      if (ids.length === 0) return none;
      return ids.map((id) => techRequirements.find((r) => r.id === id)?.name[locale] ?? id).join(LIST[locale]);
    }
    case 'techDirection':
      return techDirectionNames[value as keyof typeof techDirectionNames][locale];
    default:
      return String(value);
  }
}
