import type {Text} from '@site/src/catalog/types';

/** The planner page's own copy: headings, buttons, messages. */
export const t = {
  intro: {
    ja: '連携の契約パターン、締結する取り決め、必要な技術要件を順に選ぶと、打ち合わせに持って行けるチェックリストができます。各項目にはガイドの図表番号が付きます。',
    en: 'Choose the contract pattern, the agreements to make and the technical requirements, step by step, and take away a checklist for your partner meeting. Every line refers back to its figure in the guide.',
  },
  privacy: {
    ja: 'プランはこのブラウザの中だけに保存されます。共有リンクではプランがURLの「#」以降に入り、サーバーには送信されません。',
    en: 'Your plan is kept only in this browser. A share link carries the plan after the “#” in the URL, which is never sent to any server.',
  },
  noScript: {
    ja: 'プランナーを使うにはJavaScriptを有効にしてください。すべての確認事項はガイドのチェックリストでも読めます。',
    en: 'The planner needs JavaScript. All the questions can also be read in the guide’s checklist.',
  },
  noScriptLink: {ja: 'チェックリストを開く', en: 'Open the checklist'},
  progress: {ja: '進み具合', en: 'Progress'},
  stepOf: {ja: 'ステップ {n} / {total}', en: 'Step {n} of {total}'},
  next: {ja: '次へ', en: 'Next'},
  back: {ja: '戻る', en: 'Back'},
  toChecklist: {ja: 'チェックリストへ', en: 'To the checklist'},
  toCustomerCheck: {ja: '契約前の確認へ', en: 'To your check before signing'},
  backToCustomerCheck: {ja: '契約前の確認に戻る', en: 'Back to your check before signing'},
  needsAnswer: {ja: '先に進むには、このステップの質問に答えてください。', en: 'Answer this step’s question to go on.'},
  // toolbar
  planTools: {ja: 'プランの保存と共有', en: 'Save and share the plan'},
  shareLink: {ja: '共有リンクを作成', en: 'Create a share link'},
  shareLinkLabel: {ja: '共有リンク', en: 'Share link'},
  copied: {ja: '共有リンクをコピーしました。', en: 'The share link was copied.'},
  copyFailed: {
    ja: 'コピーできませんでした。下の欄から手動でコピーしてください。',
    en: 'Could not copy; copy the link from the box below.',
  },
  shareHint: {
    ja: 'このリンクを開くと、同じプランが表示されます。プランはリンクの中にだけあり、サーバーには送られません。',
    en: 'Whoever opens this link sees the same plan. The plan lives only in the link and is never sent to a server.',
  },
  linkTooLarge: {
    ja: 'メモが多いため、プランが共有リンクに収まりません（リンクが約8,000文字を超え、ブラウザやメールで途中で切れるおそれがあります）。代わりにプランファイル（JSON）を保存しました。このファイルを送ってください。',
    en: 'With this many notes the plan does not fit in a share link (it would pass about 8,000 characters, which browsers and mail may cut short). The plan file (JSON) was saved instead: send that.',
  },
  applyAndSendBack: {ja: '決定を反映して相手に送り返す', en: 'Apply the decisions and send back'},
  merged: {
    ja: '比較の結果をプランに反映しました（相手のものを採用：{taken}件、自分のものを残す：{kept}件）。',
    en: 'The comparison was applied to your plan (taken from theirs: {taken}; yours kept: {kept}).',
  },
  importPlan: {ja: 'プランファイルを読み込む', en: 'Open a plan file'},
  exportJson: {ja: 'プランファイル（JSON）', en: 'Plan file (JSON)'},
  undo: {ja: '元のプランに戻す', en: 'Go back to the previous plan'},
  dismiss: {ja: '閉じる', en: 'Dismiss'},
  loadedFile: {ja: 'プランファイルを読み込みました。', en: 'The plan file was opened.'},
  loadedLink: {ja: '共有リンクのプランを開きました。', en: 'The plan from the share link was opened.'},
  intentApplied: {
    ja: 'ガイドで選んだ内容をプランに反映しました。',
    en: 'What you chose in the guide has been carried into your plan.',
  },
  restoredDone: {ja: '元のプランに戻しました。', en: 'The previous plan is back.'},
  refused: {
    ja: '読み込みを中止しました。現在のプランはそのままです。',
    en: 'Nothing was opened; your current plan is unchanged.',
  },
  // the reader's plans
  plansHeading: {ja: 'あなたのプラン', en: 'Your plans'},
  openPlan: {ja: '表示中のプラン：{name}', en: 'Open: {name}'},
  untitled: {ja: '名称未設定のプラン', en: 'Untitled plan'},
  plansKept: {ja: '{n}件', en: '{n}'},
  showPlans: {ja: 'プラン一覧', en: 'All plans'},
  hidePlans: {ja: 'プラン一覧を閉じる', en: 'Close the list of plans'},
  newPlan: {ja: '新しいプラン', en: 'New plan'},
  listRestore: {ja: '元に戻す', en: 'Bring back'},
  tabDecided: {
    ja: '別のタブでも変更された項目を決めました（別のタブのものを採用：{taken}件、このタブのものを残す：{kept}件）。',
    en: 'The fields changed in another tab too are decided (the other tab’s taken: {taken}; this tab’s kept: {kept}).',
  },
  storageFull: {
    ja: 'ブラウザの保存領域がいっぱいのため、プランを自動保存できません。プランファイルを保存してください。',
    en: "The browser's storage is full, so the plan cannot be saved automatically. Download the plan file to keep it.",
  },
  storageUnavailable: {
    ja: 'このブラウザではプランを自動保存できません（プライベートモードなど）。プランファイルを保存してください。',
    en: 'This browser does not let the planner save automatically (private mode, for instance). Download the plan file to keep it.',
  },
  saved: {ja: 'このブラウザに自動保存しました。', en: 'Saved in this browser.'},
  // about
  roleQuestion: {ja: 'あなたの立場は？', en: 'Who are you in this partnership?'},
  namesHeading: {ja: '名称（任意）', en: 'Names (optional)'},
  namesHint: {
    ja: '入力した名称はダウンロードするファイルと共有リンクに入ります。',
    en: 'The names go into the downloads and the share link.',
  },
  // pattern
  patternIntro: {
    ja: '次の質問に答えると、ガイドの2つの契約パターン（図表4）のどちらにあたるかが分かります。最後に自分で選び直すこともできます。',
    en: 'Answer these questions to see which of the guide’s two contract patterns (Figure 4) fits. You make the final choice.',
  },
  patternSuggested: {ja: '回答からは {pattern} にあたります。', en: 'Your answers point to {pattern}.'},
  patternConflict: {
    ja: '選んだパターンと異なる回答があります：',
    en: 'Some answers point to the other pattern:',
  },
  patternChoose: {ja: '契約パターン', en: 'Contract pattern'},
  compare: {ja: 'パターン1と2で変わること', en: 'What changes between pattern 1 and pattern 2'},
  compareAgreements: {ja: '増える取り決め', en: 'Agreements it adds'},
  compareFaults: {ja: '障害時の切り分け', en: 'Fault isolation'},
  compareSla: {ja: '利用者が頼るSLA', en: 'The SLA the customer relies on'},
  compareNone: {ja: 'なし', en: 'None'},
  features: {ja: '運用面・機能面の特徴', en: 'Operational and functional features'},
  // context
  systemsQuestion: {
    ja: '利用者が管理するシステムやサービスと、連携するサービスをつなぎますか。',
    en: 'Does the partnered service connect to systems or services the customer manages?',
  },
  yes: {ja: 'はい', en: 'Yes'},
  no: {ja: 'いいえ', en: 'No'},
  sectorQuestion: {ja: '対象の分野（図表25のガイドライン）', en: 'Sector (the guidelines of Figure 25)'},
  sectorNone: {ja: '指定しない', en: 'Not specified'},
  sectorGuidelines: {
    ja: 'この分野のガイドライン一覧（関連ガイドライン）',
    en: 'The guidelines for this sector (related guidelines)',
  },
  localGovNote: {
    ja: '図表25には地方公共団体向けの個別のガイドラインはありません。共通のガイドラインが対象になります。',
    en: 'Figure 25 lists no guideline specific to local governments; the common guidelines apply.',
  },
  dataQuestion: {ja: '取り扱うデータ', en: 'Data handled'},
  dataSecurity: {
    ja: '個人情報や営業秘密を預かるサービスは、情報セキュリティ対策ガイドラインでは機密性への要求が「高い」サービスにあたります。',
    en: 'Under the information security guidelines, a service that holds personal information or trade secrets has a “high” confidentiality requirement.',
  },
  dataSecurityLink: {ja: '要求レベルの判定基準', en: 'Criteria for the requirement levels'},
  securityHeading: {
    ja: '情報セキュリティ対策ガイドラインのパターン（任意）',
    en: 'Pattern under the information security guidelines (optional)',
  },
  securityIntro: {
    ja: '連携するサービスが6つのパターンのどれにあたるかを調べると、チェックリストにパターンが記載され、保証するサービスレベルやパッチ適用の取り決めが重点として示されます。',
    en: 'Find which of the six patterns the partnered service falls into: the checklist then carries it, and stresses the guaranteed service level and the handling of patches.',
  },
  securityClear: {ja: 'パターンを指定しない', en: 'Do not set a pattern'},
  confidentialityFromData: {
    ja: '（上の「取り扱うデータ」の回答から。個人情報か営業秘密を預かれば「高い」）',
    en: '(from the “data handled” answer above: holding personal information or trade secrets makes it “high”)',
  },
  confidentialityFromFinder: {
    ja: '（セキュリティのページの診断の回答から。取り扱うデータを上で選んでください）',
    en: '(carried from the finder on the security page; tick above which data the service holds)',
  },
  securityNotSet: {ja: '未設定', en: 'not set'},
  dataHint: {
    ja: '守秘義務契約（図表17）・機密保持契約で、これらのデータの扱いを確認してください。',
    en: 'Check how the confidentiality obligations (Figure 17) and NDAs treat this data.',
  },
  dataHintCustomer: {
    ja: '確認事項のうち、これらのデータに触れるもの（図表27の損害賠償等、図表29のサービス管理）が重点になり、利用者保護ガイドの「意識のずれ」7項目と、データを海外に置く場合の対応のポイントが加わります。',
    en: 'The lines that touch this data (Figure 27’s compensation for damages, Figure 29’s service management) are stressed, and the customer guide’s seven points where expectations diverge and its points on data kept abroad are added.',
  },
  // phases
  phaseAgreements: {ja: 'この段階の取り決め', en: 'Agreements of this phase'},
  customerAgreements: {ja: '利用者との取り決め（図表26）', en: 'Agreements with the customer (Figure 26)'},
  include: {ja: 'この取り決めを締結する', en: 'Make this agreement'},
  items: {ja: '取り決めるべき項目', en: 'Items to agree'},
  questionsCount: {ja: '確認事項 {n} 件', en: '{n} questions'},
  guideSays: {ja: 'ガイドの説明', en: 'What the guide says'},
  actions: {ja: '業務分析・システム分析（図表7）', en: 'Business and system analysis (Figure 7)'},
  requirements: {ja: '連携に必要な技術要件（図表18）', en: 'Technical requirements of the partnership (Figure 18)'},
  requirementsHint: {
    ja: '連携に必要なものを選んでください。選んだ要件の検討事項がチェックリストに入ります。',
    en: 'Pick what the partnership needs; the points to consider for each go on the checklist.',
  },
  process: {ja: '技術面の取り決めの進め方（図表24）', en: 'How the technical arrangements proceed (Figure 24)'},
  watch: {ja: '利用者が留意すべきこと（図表31）', en: 'What the customer must watch (Figure 31)'},
  customerGuide: {
    ja: '利用者保護ガイド（ASPIC）から：個人情報・営業秘密を預ける場合',
    en: 'From the customer guide (ASPIC): when personal information or trade secrets are entrusted',
  },
  guidelines: {ja: '分野のガイドラインの要求事項（図表25）', en: 'Sector guideline requirements (Figure 25)'},
  noSector: {
    ja: '前提条件で分野を選ぶと、ガイドラインの要求事項が表示されます。',
    en: 'Choose a sector in the context step to see its guideline requirements.',
  },
  variantsUsed: {ja: 'この連携にあてはまる形', en: 'The form that fits this partnership'},
  // checklist: the answers
  answersHeading: {ja: 'あなたの回答', en: 'Your answers'},
  answersIntro: {
    ja: 'このプランの前提です。変更すると、チェックリストがその場で変わります。',
    en: 'What this plan rests on. Change an answer and the checklist follows at once.',
  },
  change: {ja: '変更', en: 'Change'},
  changeWhat: {ja: '{what}を変更', en: 'Change {what}'},
  backToChecklist: {ja: 'チェックリストに戻る', en: 'Back to the checklist'},
  loadedAs: {
    ja: 'このプランは「{role}」の立場で作られています。',
    en: 'This plan was made from the side of the {role}.',
  },
  switchRole: {ja: '「{role}」として見る', en: 'See it as the {role}'},
  // checklist: the rows
  checklistHeading: {ja: '確認事項', en: 'What to settle'},
  sectionProviderAgreements: {ja: '事業者間の取り決め（図表9）', en: 'Agreements between the providers (Figure 9)'},
  yourPart: {ja: 'あなたの役割', en: 'Your part'},
  rowLines: {ja: '{done}/{total} 件済', en: '{done} of {total} done'},
  rowMatching: {ja: '{n} 件が該当', en: '{n} matching'},
  rowStressed: {ja: '重点 {n}', en: '{n} stressed'},
  rowOwners: {ja: '担当', en: 'Owners'},
  askedAlsoBy: {ja: '同じ要求をしている箇所', en: 'Also asked by'},
  quotedElsewhere: {
    ja: 'このガイドラインのほかの要求事項は、情報セキュリティ対策ガイドラインⅡ．３．１の引用です。同じ確認を二度しないよう、そちらの行で一度だけ挙げ、このガイドラインの箇所も併記しています。',
    en: 'This guideline’s other requirements quote the information security guideline’s II.3.1. So as not to ask the same thing twice, they are listed once, on that guideline’s row, with this guideline’s places beside them.',
  },
  chooseOptions: {ja: '検討する方式を選ぶ', en: 'Pick what you will use'},
  addToAgenda: {ja: '議題に入れる', en: 'Put on the agenda'},
  removeFromAgenda: {ja: '議題から外す', en: 'Take off the agenda'},
  onAgenda: {ja: '議題', en: 'On the agenda'},
  outcomeLabel: {ja: '決定事項・結果', en: 'Decision or outcome'},
  addOutcome: {ja: '決定事項を記録', en: 'Record a decision'},
  // checklist: filters
  filters: {ja: '絞り込み', en: 'Filter'},
  phaseAll: {ja: 'すべての段階', en: 'All phases'},
  ownerAll: {ja: 'すべての担当', en: 'All owners'},
  ownerMine: {ja: 'あなたの担当（あなたと両事業者）', en: 'Yours (yours and both providers’)'},
  statusAll: {ja: 'すべての状況', en: 'All statuses'},
  sourceAll: {ja: 'ガイドとサイトの確認事項', en: 'Guide’s and site’s questions'},
  sourceGuide: {ja: 'ガイドのチェックリストの確認事項', en: 'The guide’s checklist only'},
  sourceSite: {ja: 'このサイトが追加した確認事項', en: 'Questions this site added'},
  search: {ja: '検索', en: 'Search'},
  clearFilters: {ja: '絞り込みを解除', en: 'Clear the filters'},
  expandAll: {ja: 'すべて開く', en: 'Open all'},
  collapseAll: {ja: 'すべて閉じる', en: 'Close all'},
  shown: {ja: '{rows} 行・{lines} 件を表示（全 {all} 件）', en: 'Showing {rows} rows, {lines} lines (of {all})'},
  nothingMatches: {ja: '条件に合う確認事項はありません。', en: 'No line matches the filter.'},
  // checklist: the agenda
  meetingHeading: {ja: '次の打ち合わせ', en: 'The next meeting'},
  meetingDate: {ja: '日付', en: 'Date'},
  // the printout's date when none is set: room to write it by hand, in the order each language writes a date (the site writes it year-month-day)
  meetingDateBlank: {ja: '　　　　年　　月　　日', en: '　　　　-　　　-　　　'},
  attendees: {ja: '出席者', en: 'Attendees'},
  agendaAdd: {ja: '議題に追加', en: 'Add to the agenda'},
  agendaAddConfirm: {ja: '要確認の項目（{n}）', en: 'Lines to confirm ({n})'},
  agendaAddOpen: {ja: '{phase}の未着手（{n}）', en: 'Open lines of the {phase} ({n})'},
  agendaAddOthers: {ja: '相手方の担当（{n}）', en: 'Lines the other party owns ({n})'},
  agendaClear: {ja: '議題をすべて外す', en: 'Clear the agenda'},
  agendaEmpty: {
    ja: '議題はまだありません。上のボタンか、チェックリストの各項目の「議題に入れる」で追加します。',
    en: 'The agenda is empty. Add lines with the buttons above, or with “Put on the agenda” on any line of the checklist.',
  },
  agendaCount: {ja: '議題 {n} 件', en: '{n} items on the agenda'},
  moveUp: {ja: '上へ', en: 'Up'},
  moveDown: {ja: '下へ', en: 'Down'},
  // introduction: technology provision
  techDirectionQuestion: {
    ja: '技術は、どちらからどちらへ提供しますか（図表14）。',
    en: 'Who gives technology to whom? (Figure 14)',
  },
  techDirectionHint: {
    ja: '技術を提供する側が、開示する技術情報の範囲と技術協力の内容を受け持ちます。',
    en: 'The side that gives the technology takes the disclosure scope and the technical cooperation.',
  },
  // checklist
  view: {ja: '表示', en: 'View'},
  lines: {ja: '{n} 件', en: '{n} lines'},
  summary: {
    ja: '済 {done} ／ 要確認 {confirm} ／ 未着手 {open} ／ 対象外 {na}',
    en: 'Done {done} / needs confirmation {confirm} / not yet {open} / not applicable {na}',
  },
  emptyAgenda: {
    ja: '「要確認」にした項目はまだありません。',
    en: 'No line is marked “needs confirmation” yet.',
  },
  downloads: {ja: 'ダウンロードと印刷', en: 'Download and print'},
  csv: {ja: 'CSV（Excel用）', en: 'CSV (for Excel)'},
  xlsx: {ja: 'Excel（XLSX）', en: 'Excel (XLSX)'},
  markdown: {ja: 'Markdown', en: 'Markdown'},
  print: {ja: '印刷／PDFに保存', en: 'Print / Save as PDF'},
  preparing: {ja: '作成中…', en: 'Preparing…'},
  downloadFailed: {ja: 'ファイルを作成できませんでした。', en: 'The file could not be made.'},
  addNote: {ja: 'メモを追加', en: 'Add a note'},
  siteQuestionTitle: {
    ja: 'ガイドのチェックリストにない取り決めのため、このサイトが追加した確認事項です。',
    en: 'The guide’s checklist does not cover this agreement; this question was added by the site.',
  },
  forCustomers: {
    ja: '利用者のためのガイド（利用サイクル、事業者との意識のずれ、海外にデータを置く場合）',
    en: 'The guide for customers (the usage cycle, where expectations diverge, data kept abroad)',
  },
  whoToCall: {ja: '障害時の連絡先', en: 'Whom to call when something breaks'},
  bothLanguages: {
    ja: '日本語と英語を併記する（画面・印刷・CSV・Excel・Markdown）',
    en: 'Japanese and English side by side (screen, print, CSV, Excel, Markdown)',
  },
  bothFailed: {
    ja: 'もう一方の言語の文を読み込めませんでした。通信を確かめて、もう一度選んでください。',
    en: 'The other language’s texts could not be loaded. Check the connection and tick the box again.',
  },
  customerCheckHeading: {
    ja: '署名の前に事業者へ確認すること',
    en: 'What to confirm with the providers before you sign',
  },
  customerCheckP1: {
    ja: 'パターン1では各事業者と個別に契約します（図表5）。契約ごとの確認事項には、事業者ごとに状況を記録できます。',
    en: 'In pattern 1 you sign a contract with each provider (Figure 5). Each contract’s lines have a status for each provider.',
  },
  customerCheckP2: {
    ja: 'パターン2では1社とだけ契約します（図表6）。その契約が連携するサービス全てを扱っているかを確かめます。',
    en: 'In pattern 2 you sign with one provider only (Figure 6). Check that its contract covers every service in the partnership.',
  },
  customerSkipped: {
    ja: '販売・導入・運用の各段階で事業者どうしが結ぶ取り決めは、事業者の間のものなので、ここでは尋ねません。',
    en: 'What the providers agree between themselves in the sales, introduction and operation phases is theirs to settle, so it is not asked here.',
  },
  customerSkippedLink: {ja: '第3章で読む', en: 'Read it in chapter 3'},
  contactsPrinted: {ja: '連絡先（記入欄）', en: 'Contacts (space to write)'},
  contactsProvider: {ja: '事業者', en: 'Provider'},
  contactsKind: {ja: '用件', en: 'For'},
  whoToCallP1: {
    ja: '各事業者と個別に契約しています。障害の切り分けは利用者側の対応になることがあるため、それぞれの窓口を確認してください。',
    en: 'You contract each provider separately. Isolating a fault may fall to you, so confirm each provider’s contact.',
  },
  whoToCallP2: {
    ja: '契約した事業者{name}が窓口です。障害の切り分けと対応は契約した事業者が負います。',
    en: 'Call the provider you contracted{name}. It is responsible for isolating and handling faults.',
  },
} satisfies Record<string, Text>;

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
