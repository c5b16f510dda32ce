/**
 * The customer's side of the planner: the walk a customer takes, the check
 * they take to the providers before signing (chapters 4 and 5 of the guide,
 * and the customer guide for their data), a status per contract in pattern 1,
 * and the contact sheet. Each test names the passage it holds the planner to.
 */
import {describe, expect, it} from 'vitest';
import {createActor} from 'xstate';
import {agreementQuestions, getAgreement, guidelineRequirements, type AgreementId} from '@site/src/catalog';
import {dataAbroadChecks, expectationGaps} from '@site/src/catalog/related/customers';
import {
  checklistRows,
  combinedStatus,
  deriveChecklist,
  deriveGuideChecklist,
  rowSection,
  type ChecklistLine,
} from '@site/src/planner/checklist';
import {plannerMachine} from '@site/src/planner/machine';
import {guidelinesFor, serviceContractVariants} from '@site/src/planner/rules';
import {LIMITS, emptyContacts, emptyPlan, isBlank, type Plan} from '@site/src/planner/plan';
import {parsePlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';
import {exportFileName} from '@site/src/planner/exporters/meta';
import {planSummary} from '@site/src/planner/summary';
import {contactSheetProviders} from '@site/src/planner/contacts';
import {toCsv} from '@site/src/planner/exporters/csv';
import {sheetName, toXlsx} from '@site/src/planner/exporters/xlsx';
import {toMarkdown} from '@site/src/planner/exporters/markdown';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';

function customerPlan(patch: Partial<Plan> = {}): Plan {
  return {
    ...emptyPlan(),
    role: 'customer',
    names: {partnership: '予約連携', lead: 'A社', partner: 'B社', customer: 'さくら病院'},
    pattern: 'p1',
    customerSystems: true,
    sector: 'medical',
    data: {personalInfo: true, tradeSecret: false},
    step: 'review',
    reached: 'review',
    ...patch,
  };
}

const CUSTOMER_AGREEMENTS: AgreementId[] = ['serviceContract', 'customerSla', 'termsOfUse', 'customerNda'];
const groupsOf = (lines: ChecklistLine[]) => [...new Set(lines.map((l) => l.group.id))];

function contractQuestions(plan: Plan): string[] {
  const variants = serviceContractVariants(plan);
  const service = getAgreement('serviceContract')
    .variants!.filter((v) => variants.includes(v.id))
    .flatMap((v) => v.items.flatMap((i) => i.questions.map((q) => q.id)));
  const others = (['customerNda', 'customerSla', 'termsOfUse'] as const)
    .filter((id) => id !== 'customerNda' || plan.customerSystems)
    .flatMap((id) => agreementQuestions(getAgreement(id)).map((q) => q.id));
  return [...service, ...others];
}

describe("the customer's pre-signing check", () => {
  for (const pattern of ['p1', 'p2'] as const) {
    it(`${pattern}: 4.(2) 図表26–30 the contracts with the customer, 5.(1) 図表31 for the pattern, 図表25 for the sector, and the customer guide for personal data — nothing of the providers' own agreements (chapter 3)`, () => {
      const plan = customerPlan({pattern});
      const lines = deriveChecklist(plan);
      const agreementLines = lines.filter((l) => l.group.kind === 'agreement');
      // only the agreements the customer signs
      for (const line of agreementLines) expect(CUSTOMER_AGREEMENTS, line.id).toContain(line.group.id);
      expect(agreementLines.map((l) => l.id).sort()).toEqual(contractQuestions(plan).sort());
      // no analysis, no technical requirements: the providers settle those between themselves
      expect(lines.some((l) => l.group.kind === 'actions' || l.group.kind === 'requirement')).toBe(false);
      // 図表31: one line per topic for the pattern
      expect(lines.filter((l) => l.group.kind === 'watch').map((l) => l.id)).toEqual([
        `watch.sla.${pattern}`,
        `watch.faultIsolation.${pattern}`,
      ]);
      // 図表25: the general guidelines and the medical one
      const guidelineGroups = groupsOf(lines.filter((l) => l.group.kind === 'guideline'));
      expect(guidelineGroups.sort()).toEqual(
        [...guidelinesFor('medical')].filter((g) => guidelineRequirements.some((r) => r.guideline === g)).sort(),
      );
      // the customer guide: the seven expectation gaps and the five points on data kept abroad
      const related = lines.filter((l) => l.group.kind === 'related');
      expect(related).toHaveLength(expectationGaps.length + dataAbroadChecks.length);
      expect(related.every((l) => l.figure === null && l.group.related === 'customerGuide')).toBe(true);
    });
  }

  it('holds the count of lines of a medical customer with their own systems and personal data, per pattern', () => {
    const count = (pattern: 'p1' | 'p2') => deriveChecklist(customerPlan({pattern})).length;
    const guideline = deriveChecklist(customerPlan()).filter((l) => l.group.kind === 'guideline').length;
    // 図表27 (individual contracts 14, own systems 2), 図表28 8, 図表29 9, 図表30 8; 図表31 2; 7 + 5 from the customer guide
    expect(count('p1')).toBe(14 + 2 + 8 + 9 + 8 + 2 + guideline + 12);
    // 図表27 (one contract 17, own systems 2)
    expect(count('p2')).toBe(17 + 2 + 8 + 9 + 8 + 2 + guideline + 12);
  });

  it("heads the customer guide's points as that guide's, not under 図表31", () => {
    const related = deriveChecklist(customerPlan()).filter((l) => l.group.kind === 'related');
    expect(related.map((l) => rowSection(l.group))).toEqual(related.map(() => 'customerGuide'));
    const watch = deriveChecklist(customerPlan()).filter((l) => l.group.kind === 'watch');
    expect(watch.map((l) => rowSection(l.group))).toEqual(watch.map(() => 'watch'));
  });

  it("leaves out the customer guide's data points when the customer handles neither personal information nor trade secrets", () => {
    const lines = deriveChecklist(customerPlan({data: {personalInfo: false, tradeSecret: false}}));
    expect(lines.some((l) => l.group.kind === 'related')).toBe(false);
    const secrets = deriveChecklist(customerPlan({data: {personalInfo: false, tradeSecret: true}}));
    expect(secrets.filter((l) => l.group.kind === 'related')).toHaveLength(12);
  });

  it('stresses the contract items that name personal information when the customer handles it (図表27 損害賠償等, 図表29 サービス管理)', () => {
    const stressed = deriveChecklist(customerPlan()).filter((l) => l.stress.includes('personalInfo'));
    expect(stressed.map((l) => l.id)).toEqual(
      expect.arrayContaining(['serviceContract.individualContracts.damages.q3', 'termsOfUse.serviceManagement.q2']),
    );
  });

  it('states each line as whole sentences: none starts by drawing on a sentence left out', () => {
    for (const pattern of ['p1', 'p2'] as const) {
      for (const line of deriveChecklist(customerPlan({pattern}))) {
        expect(line.text.ja, line.id).not.toMatch(/^(従って|但し|また|なお)/);
        expect(line.text.en, line.id).not.toMatch(/^(Therefore|However|Also)\b/);
      }
    }
  });
});

describe("the guide's widgets", () => {
  it("show the partnership guide's lines: the same as the planner's for any plan without personal or secret data", () => {
    for (const pattern of ['p1', 'p2'] as const) {
      const plain = customerPlan({pattern, data: {personalInfo: false, tradeSecret: false}});
      expect(deriveGuideChecklist(plain)).toEqual(deriveChecklist(plain));
      const held = customerPlan({pattern});
      expect(deriveGuideChecklist(held)).toEqual(deriveChecklist(held).filter((l) => l.group.kind !== 'related'));
    }
  });
});

describe("the customer's answers, summed up", () => {
  it("lists the contracts they sign and nothing of the providers' own arrangements", () => {
    const rows = planSummary(customerPlan(), 'ja');
    const keys = rows.map((r) => r.key);
    expect(keys).not.toContain('techDirection');
    expect(keys).not.toContain('requirements');
    const contracts = rows.find((r) => r.key === 'agreements')!;
    expect(contracts.value).toContain('サービス利用契約');
    expect(contracts.value).not.toContain('サービス共同提供契約');
  });
});

describe('図表5: in pattern 1 the customer signs with each provider, so each contract line has a status per provider', () => {
  it('gives the lines of the contracts a status per provider in pattern 1, and none in pattern 2', () => {
    const p1 = deriveChecklist(customerPlan());
    for (const line of p1) {
      const perContract = line.group.kind === 'agreement';
      expect(line.providerStatus !== null, line.id).toBe(perContract);
    }
    expect(deriveChecklist(customerPlan({pattern: 'p2'})).every((l) => l.providerStatus === null)).toBe(true);
    // a provider's own plan has none either
    expect(deriveChecklist(customerPlan({role: 'lead'})).every((l) => l.providerStatus === null)).toBe(true);
  });

  it('sums a line up as done only when both contracts are, and as to confirm when either is', () => {
    expect(combinedStatus({lead: 'done', partner: 'open'})).toBe('open');
    expect(combinedStatus({lead: 'done', partner: 'na'})).toBe('done');
    expect(combinedStatus({lead: 'na', partner: 'na'})).toBe('na');
    expect(combinedStatus({lead: 'open', partner: 'confirm'})).toBe('confirm');
  });

  it('records the status under one contract without touching the other, and the row shows the sum', () => {
    const actor = createActor(plannerMachine, {input: {plan: customerPlan()}}).start();
    const id = 'serviceContract.individualContracts.fees.q1';
    actor.send({type: 'SET_LINE_STATUS', line: id, status: 'done', provider: 'lead'});
    let plan = actor.getSnapshot().context.plan;
    let line = deriveChecklist(plan).find((l) => l.id === id)!;
    expect(line.providerStatus).toEqual({lead: 'done', partner: 'open'});
    expect(line.status).toBe('open');
    actor.send({type: 'SET_LINE_STATUS', line: id, status: 'done', provider: 'partner'});
    plan = actor.getSnapshot().context.plan;
    line = deriveChecklist(plan).find((l) => l.id === id)!;
    expect(line.status).toBe('done');
    const row = checklistRows(deriveChecklist(plan), plan).find((r) => r.group.id === 'serviceContract')!;
    expect(row.counts.done).toBe(1);
  });
});

describe("the customer's contact sheet", () => {
  it('keeps what the reader writes, exactly, within the bound, and refuses control characters', () => {
    const actor = createActor(plannerMachine, {input: {plan: customerPlan()}}).start();
    const reach = '03-1234-5678 / support+sla@example.jp <窓口>';
    actor.send({type: 'SET_CONTACT', provider: 'partner', kind: 'faults', field: 'reach', value: reach});
    actor.send({type: 'SET_CONTACT', provider: 'lead', kind: 'billing', field: 'hours', value: '平日 9:00–17:00'});
    actor.send({
      type: 'SET_CONTACT',
      provider: 'lead',
      kind: 'billing',
      field: 'name',
      value: 'x'.repeat(LIMITS.contact + 1),
    });
    actor.send({type: 'SET_CONTACT', provider: 'lead', kind: 'security', field: 'name', value: '\u0000'});
    const {contacts} = actor.getSnapshot().context.plan;
    expect(contacts.partner.faults.reach).toBe(reach);
    expect(contacts.lead.billing.hours).toBe('平日 9:00–17:00');
    expect(contacts.lead.billing.name).toBe('');
    expect(contacts.lead.security.name).toBe('');
  });

  it('travels with the plan file, and makes a plan worth keeping', () => {
    const plan = customerPlan();
    plan.contacts = {
      ...emptyContacts(),
      lead: {
        ...emptyContacts().lead,
        faults: {name: '山田', department: '運用部', reach: 'ops@example.jp', hours: '24時間'},
      },
    };
    const back = parsePlanFile(serializePlanFile(toPlanFile(plan, 'ja', new Date(0))));
    expect(back.ok && back.file.plan.contacts).toEqual(plan.contacts);
    expect(isBlank({...emptyPlan(), contacts: plan.contacts})).toBe(false);
  });
});

describe("the customer's exports: titled as their check, with a status per contract and the contact sheet", () => {
  const NOW = new Date(2026, 11, 2, 10, 0, 0);
  const filled = (): Plan => {
    const plan = customerPlan({pattern: 'p1'});
    plan.contacts = {
      ...emptyContacts(),
      partner: {
        ...emptyContacts().partner,
        security: {name: '=CSIRT', department: '情報システム部', reach: 'csirt@example.jp', hours: '24時間'},
      },
    };
    plan.lines = {'serviceContract.individualContracts.fees.q1': {providerStatus: {lead: 'done', partner: 'confirm'}}};
    return plan;
  };

  it('labels each provider on the contact sheet once by its role, adding only a name the reader gave', () => {
    const names = {partnership: '', lead: '', partner: '', customer: ''};
    const labels = (plan: Plan, locale: 'ja' | 'en') => contactSheetProviders(plan, locale).map((p) => p.label);
    // pattern 2: the partnered provider's role says who it is; no second bracket repeats it
    expect(labels(customerPlan({pattern: 'p2', names}), 'ja')).toEqual([
      '契約する事業者（契約主体の事業者）',
      '連携先の事業者（参考）',
    ]);
    expect(labels(customerPlan({pattern: 'p2', names}), 'en')).toEqual([
      'Provider you contract (Lead provider)',
      'Partnered provider (for reference)',
    ]);
    expect(labels(customerPlan({pattern: 'p2', names: {...names, partner: 'B社'}}), 'ja')[1]).toBe(
      '連携先の事業者（参考）（B社）',
    );
    // pattern 1: both are contracted, so the bracket tells them apart
    expect(labels(customerPlan({pattern: 'p1', names}), 'ja')).toEqual([
      '契約する事業者（事業者1）',
      '契約する事業者（事業者2）',
    ]);
  });

  it('names the files as the customer check', () => {
    expect(exportFileName(filled(), 'plan', NOW, 'csv')).toBe('予約連携-customer-check-2026-12-02.csv');
    expect(exportFileName(filled(), 'agenda', NOW, 'csv')).toBe('予約連携-agenda-2026-12-02.csv');
  });

  it('CSV: a status column per contract, and the contact sheet after the lines, neutralised like every cell', () => {
    const plan = filled();
    const csv = toCsv(plan, deriveChecklist(plan), 'plan', 'ja', NOW);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    const header = rows.find((r) => r[0] === '取り決め・要件')!;
    expect(header).toContain('状況（A社との契約）');
    expect(header).toContain('状況（B社との契約）');
    const fees = rows.find((r) => r.includes('serviceContract.individualContracts.fees.q1'))!;
    expect(fees[header.indexOf('状況（A社との契約）')]).toBe('済');
    expect(fees[header.indexOf('状況（B社との契約）')]).toBe('要確認');
    expect(fees[header.indexOf('状況')]).toBe('要確認');
    const title = rows.findIndex((r) => r[0] === '連絡先シート');
    expect(title).toBeGreaterThan(rows.indexOf(fees));
    const security = rows.slice(title).find((r) => r[0] === '契約する事業者（B社）' && r[1] === 'セキュリティ事故')!;
    expect(security.slice(2)).toEqual(["'=CSIRT", '情報システム部', 'csirt@example.jp', '24時間']);
    // 2 providers × 4 kinds
    expect(rows.slice(title + 2).filter((r) => r.length > 1)).toHaveLength(8);
  });

  it('XLSX: the check, then a contacts sheet ready to print', async () => {
    const plan = filled();
    const blob = await toXlsx(plan, deriveChecklist(plan), 'plan', 'en', NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      sheetName('plan', 'en', 'customer'),
      'Contacts',
      'Choices',
    ]);
    expect(sheetName('plan', 'en', 'customer')).toMatch(/customer/i);
    const contacts = book.getWorksheet('Contacts')!;
    const cells = contacts
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(cells).toContain('Provider you contract (B社)');
    expect(cells).toContain("'=CSIRT");
    const check = book.getWorksheet(sheetName('plan', 'en', 'customer'))!;
    const head = (check.getRow(1).values as unknown[]).filter(Boolean);
    expect(head).toContain('Status (Contract with A社)');
    // what a meeting reads is printed, the two contract statuses with it
    expect(check.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?J\$?\d+$/);
  });

  it('Markdown: the contact sheet as a table, the text escaped', () => {
    const plan = filled();
    const md = toMarkdown(plan, deriveChecklist(plan), 'plan', 'ja', NOW);
    expect(md).toContain('\n## 連絡先シート\n');
    expect(md).toContain(
      '| 契約する事業者（B社） | セキュリティ事故 | \\=CSIRT | 情報システム部 | csirt\\@example.jp | 24時間 |',
    );
    expect(md).toMatch(/A社との契約：済、B社との契約：要確認/);
  });
});
