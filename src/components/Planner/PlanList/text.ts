import type {Text} from '@site/src/catalog/types';

/** The words of the list of plans, loaded with it. */
export const listText = {
  listRole: {ja: '立場', en: 'Your role'},
  listParties: {ja: '当事者', en: 'Parties'},
  listSaved: {ja: '最終更新', en: 'Last changed'},
  listOpen: {ja: '開く', en: 'Open'},
  listOpenNow: {ja: '表示中', en: 'Open now'},
  listRename: {ja: '名称を変更', en: 'Rename'},
  listRenameLabel: {ja: '新しい名称', en: 'New name'},
  listRenameSave: {ja: '変更する', en: 'Save the name'},
  listCancel: {ja: 'やめる', en: 'Cancel'},
  listDuplicate: {ja: '複製（同じ連携先・新しい利用者）', en: 'Duplicate (same partner, new customer)'},
  listDuplicateHint: {
    ja: '複製には回答と各項目の状況・担当・メモが引き継がれます。利用者の名称、次回の打ち合わせ、変更者の記録は引き継がれず、別の連携として扱われます。',
    en: 'A duplicate keeps the answers and each line’s status, owner and note. The customer’s name, the next meeting and who changed what are not kept, and it counts as a partnership of its own.',
  },
  listDownload: {ja: 'プランファイル', en: 'Plan file'},
  listDelete: {ja: '削除', en: 'Delete'},
  listDeleteName: {ja: '「{name}」を削除', en: 'Delete “{name}”'},
  copySuffix: {ja: '（複製）', en: ' (copy)'},
  deletedHeading: {
    ja: '削除したプラン（{days}日間は元に戻せます）',
    en: 'Deleted plans (can be brought back for {days} days)',
  },
  deletedOn: {ja: '削除：{date}', en: 'Deleted {date}'},
  listErase: {ja: '完全に削除', en: 'Delete for good'},
  unopenedNewer: {
    ja: '新しい版のサイトで保存されたプラン（この版では開けません）',
    en: 'A plan saved by a newer release of the site (this one cannot open it)',
  },
  unopenedDamaged: {ja: '開けないデータ：{why}', en: 'Data that cannot be opened: {why}'},
  downloadAsKept: {ja: '保存されているままダウンロード', en: 'Download as kept'},
  originLegacy: {ja: '以前の版のサイトで保存したプラン', en: 'Kept by an earlier release of the site'},
  originLegacyPrevious: {
    ja: '以前の版のサイトが「元のプランに戻す」ために保存していたプラン',
    en: 'Kept by an earlier release of the site to go back to',
  },
  originLegacyAside: {
    ja: '以前の版のサイトが開けずに別に保管していたデータ',
    en: 'Set aside by an earlier release of the site, which could not open it',
  },
  originBundle: {ja: 'ファイルから復元', en: 'Restored from a file'},
  originLink: {ja: '共有リンクから', en: 'From a share link'},
  originFile: {ja: 'プランファイルから', en: 'From a plan file'},
  originCopy: {ja: '複製', en: 'A duplicate'},
  downloadAll: {ja: 'すべてのプランを1つのファイルでダウンロード', en: 'Download every plan as one file'},
  restoreAll: {ja: 'ファイルからプランを復元', en: 'Restore plans from a file'},
  usage: {
    ja: 'ブラウザの保存領域の使用量：約{used}（上限 約{quota}）。',
    en: 'Browser storage used: about {used} (of about {quota}).',
  },
  persisted: {
    ja: 'このブラウザは、空き容量が少なくなってもこのサイトのデータを消しません。',
    en: 'This browser will not clear the site’s data when it runs low on space.',
  },
  notPersisted: {
    ja: 'ブラウザは空き容量が少なくなると、このデータを消すことがあります。大切なプランは「すべてのプランを1つのファイルでダウンロード」で控えを取ってください。',
    en: 'The browser may clear this data when it runs low on space. Keep a copy of plans that matter with “Download every plan as one file”.',
  },
} satisfies Record<string, Text>;
