/**
 * The guide's rules as the planner applies them. Each test names the passage
 * of the guide it comes from; what a rule yields is derived from the catalog
 * (the guide's content), not copied here.
 */
import {describe, expect, it} from 'vitest';
import {
  agreementQuestions,
  agreements,
  authLayers,
  customerWatch,
  getAgreement,
  guidelineRequirements,
  logItems,
  masterDataTasks,
  techRequirements,
  type AgreementId,
  type GuidelineId,
  type PatternId,
  type SectorId,
  type TechRequirementId,
} from '@site/src/catalog';
import {
  allLineIds,
  checklistRows,
  deriveChecklist,
  retiredLineIds,
  viewLines,
  yourPart,
  type ChecklistLine,
} from '@site/src/planner/checklist';
import {conflictingAnswers, emptyPlan, suggestPattern, type Plan} from '@site/src/planner/plan';
import {agreementRules, includedAgreements, patternDifference, serviceContractVariants} from '@site/src/planner/rules';

function planWith(patch: Partial<Plan>): Plan {
  return {...emptyPlan(), role: 'lead', customerSystems: false, ...patch};
}

const SINGLE_CONTRACT_ONLY: AgreementId[] = ['license', 'revenueShare', 'providerSla'];

/** The agreements the guide's own checklist (巻末「ASP・SaaS事業者連携のチェックリスト」) covers. */
const GUIDE_CHECKLIST: AgreementId[] = [
  'jointProvision',
  'jointSales',
  'license',
  'nda',
  'techProvision',
  'revenueShare',
];

const ids = (lines: ChecklistLine[]) => lines.map((l) => l.id);
const linesOf = (lines: ChecklistLine[], groupId: string) => lines.filter((l) => l.group.id === groupId);
const questionIds = (id: AgreementId) => agreementQuestions(getAgreement(id)).map((q) => q.id);
const variant = (id: 'singleContract' | 'individualContracts' | 'customerSystems') =>
  getAgreement('serviceContract').variants!.find((v) => v.id === id)!;
const variantQuestionIds = (id: Parameters<typeof variant>[0]) =>
  variant(id).items.flatMap((i) => i.questions.map((q) => q.id));

/** Customer-facing agreement lines (図表26–30), not 図表31. */
const customerAgreementLines = (lines: ChecklistLine[]) =>
  lines.filter((l) => l.group.kind === 'agreement' && l.group.parties === 'customer');
const watchLines = (lines: ChecklistLine[]) => lines.filter((l) => l.group.kind === 'watch');

describe('contract patterns and the agreements between providers', () => {
  it('3.(2)② 【ライセンス供与契約】・【レベニューシェア契約】・【SLA】: only when one provider alone contracts the customer (pattern 2, 図表6)', () => {
    const p2 = planWith({pattern: 'p2'});
    const p2Lines = deriveChecklist(p2);
    for (const id of SINGLE_CONTRACT_ONLY) {
      expect(includedAgreements(p2), id).toContain(id);
      expect(ids(linesOf(p2Lines, id)), id).toEqual(questionIds(id));
      expect(questionIds(id).length, id).toBeGreaterThan(0);
    }

    for (const pattern of ['p1', null] as const) {
      const plan = planWith({pattern});
      const lines = deriveChecklist(plan);
      for (const id of SINGLE_CONTRACT_ONLY) {
        expect(includedAgreements(plan), `${pattern} ${id}`).not.toContain(id);
        expect(linesOf(lines, id), `${pattern} ${id}`).toEqual([]);
      }
    }
  });

  it('3.(2)② 【ライセンス供与契約】ほか: the reason given is the pattern (pattern 1), or that no pattern is chosen yet', () => {
    const reasons = (pattern: PatternId | null) =>
      agreementRules(planWith({pattern}))
        .filter((r) => SINGLE_CONTRACT_ONLY.includes(r.agreement.id))
        .map((r) => [r.applicability, r.reason]);
    expect(reasons('p2')).toEqual(SINGLE_CONTRACT_ONLY.map(() => ['required', 'singleContractOnly']));
    expect(reasons('p1')).toEqual(SINGLE_CONTRACT_ONLY.map(() => ['notApplicable', 'singleContractOnly']));
    expect(reasons(null)).toEqual(SINGLE_CONTRACT_ONLY.map(() => ['notApplicable', 'patternUndecided']));
  });

  it('3.(2)② 図表9: サービス共同提供契約, 機密保持契約 and 守秘義務契約 are made in either pattern', () => {
    for (const pattern of ['p1', 'p2'] as const) {
      const lines = deriveChecklist(planWith({pattern}));
      for (const id of ['jointProvision', 'nda', 'confidentiality'] as const) {
        expect(ids(linesOf(lines, id)), `${pattern} ${id}`).toEqual(questionIds(id));
      }
    }
  });

  it('3.(2)② 図表9: the agreements sit in the phase 図表9 gives them (販売段階, 導入段階, サービス提供段階)', () => {
    const lines = deriveChecklist(planWith({pattern: 'p2', agreementChoices: {jointSales: true}}));
    const phaseOf = (id: AgreementId) => [...new Set(linesOf(lines, id).map((l) => l.phase))];
    for (const id of ['jointProvision', 'jointSales', 'license', 'nda'] as const)
      expect(phaseOf(id), id).toEqual(['sales']);
    expect(phaseOf('techProvision')).toEqual(['introduction']);
    for (const id of ['revenueShare', 'providerSla', 'confidentiality'] as const)
      expect(phaseOf(id), id).toEqual(['operation']);
  });

  it('2.(1) 図表4 / 3.(2)② 図表9: patternDifference lists what pattern 2 adds (license, revenue share, SLA) and nothing for pattern 1', () => {
    for (const pattern of ['p1', 'p2', null] as const) {
      for (const customerSystems of [true, false]) {
        const diff = patternDifference(planWith({pattern, customerSystems}));
        expect(diff, `${pattern} ${customerSystems}`).toEqual({p1: [], p2: SINGLE_CONTRACT_ONLY});
      }
    }
  });
});

describe('the service contract with the customer (図表27) and what the customer watches (図表31)', () => {
  it('4.(2)【サービス利用契約】図表27 ＜契約主体となる事業者が1社である場合＞: pattern 2 uses the single-contract variant, owned by the contract holder', () => {
    const plan = planWith({pattern: 'p2'});
    expect(serviceContractVariants(plan)).toEqual(['singleContract']);
    const lines = deriveChecklist(plan);
    expect(ids(linesOf(lines, 'serviceContract'))).toEqual(variantQuestionIds('singleContract'));

    // 「連携するサービスに関する障害についての切り分け等の責任は、契約締結を行う事業者に帰属する」
    const isolation = lines.find(
      (l) => l.id.startsWith('serviceContract.singleContract.faultResponse.') && l.text.ja.includes('切り分け'),
    );
    expect(isolation).toBeDefined();
    expect(isolation!.owner).toBe('lead');

    const customerFacing = customerAgreementLines(lines);
    expect(customerFacing.length).toBeGreaterThan(0);
    for (const line of customerFacing) {
      expect(line.defaultOwner, line.id).toBe('lead');
      expect(line.owner, line.id).toBe('lead');
    }
  });

  it('5.(1) 図表31 パターン２: the contracted provider is responsible for fault isolation; the customer checks one SLA', () => {
    const lines = watchLines(deriveChecklist(planWith({pattern: 'p2'})));
    const expected = customerWatch.map((t) => t.byPattern.p2.map((p) => p.ja).join(''));
    expect(lines.map((l) => l.text.ja)).toEqual(expected);
    expect(lines.some((l) => l.text.ja.includes('契約した事業者が負う'))).toBe(true);
    // 「但し…」 stays with the sentence it qualifies
    expect(lines.find((l) => l.group.id === 'sla')!.text.ja).toMatch(/確認すればよい。但しSLAの内容によっては/);
    for (const line of lines) {
      expect(line.owner, line.id).toBe('customer');
      expect(line.figure, line.id).toBe(31);
      expect(line.phase, line.id).toBe('operation');
    }
  });

  it('4.(2)【サービス利用契約】図表27 ＜連携するASP・SaaS事業者が個別に契約主体となる場合＞: pattern 1 uses one contract per provider, owned by both', () => {
    const plan = planWith({pattern: 'p1'});
    expect(serviceContractVariants(plan)).toEqual(['individualContracts']);
    const lines = deriveChecklist(plan);
    expect(ids(linesOf(lines, 'serviceContract'))).toEqual(variantQuestionIds('individualContracts'));
    expect(lines.some((l) => l.id.startsWith('serviceContract.singleContract.'))).toBe(false);

    const customerFacing = customerAgreementLines(lines);
    expect(customerFacing.length).toBeGreaterThan(0);
    for (const line of customerFacing) expect(line.owner, line.id).toBe('both');
  });

  it('5.(1) 図表31 パターン1: the customer checks each SLA and makes clear who isolates faults', () => {
    const lines = watchLines(deriveChecklist(planWith({pattern: 'p1'})));
    // one line per topic, its sentences whole and together: 「従って、…」 follows the sentence it draws on
    expect(lines.map((l) => l.text.ja)).toEqual(customerWatch.map((t) => t.byPattern.p1.map((p) => p.ja).join('')));
    expect(lines.map((l) => l.id)).toEqual(customerWatch.map((t) => `watch.${t.id}.p1`));
    const isolation = lines.find((l) => l.group.id === 'faultIsolation')!;
    expect(isolation.text.ja).toMatch(/利用者側の対応事項とされることがある。従って、利用者はこれらの切り分けの責任/);
    expect(lines.some((l) => l.text.ja.includes('それぞれのSLAを自ら確認'))).toBe(true);
    for (const line of lines) {
      expect(line.owner, line.id).toBe('customer');
      expect(line.text.ja, line.id).not.toMatch(/^(従って|但し)/);
    }
  });

  it('5.(1) 図表31: nothing to watch before a pattern is chosen', () => {
    expect(watchLines(deriveChecklist(planWith({pattern: null})))).toEqual([]);
  });

  it("4.(2)【機密保持契約】図表30 and 図表27 ＜利用契約者が管理するシステム、サービスがある場合＞: only when the customer's own systems are linked", () => {
    const ndaIds = questionIds('customerNda');
    const boundaryIds = variantQuestionIds('customerSystems');
    expect(ndaIds.length).toBeGreaterThan(0);
    expect(boundaryIds.length).toBeGreaterThan(0);
    for (const pattern of ['p1', 'p2'] as const) {
      const withSystems = deriveChecklist(planWith({pattern, customerSystems: true}));
      expect(ids(linesOf(withSystems, 'customerNda')), pattern).toEqual(ndaIds);
      expect(ids(withSystems), pattern).toEqual(expect.arrayContaining(boundaryIds));

      for (const customerSystems of [false, null]) {
        const without = deriveChecklist(planWith({pattern, customerSystems}));
        expect(linesOf(without, 'customerNda'), `${pattern} ${customerSystems}`).toEqual([]);
        expect(
          ids(without).filter((id) => boundaryIds.includes(id)),
          `${pattern} ${customerSystems}`,
        ).toEqual([]);
      }
    }
  });
});

describe('optional agreements', () => {
  it('3.(2)②【共同販売契約】: made when the providers sell together — off unless the reader chooses it', () => {
    const plan = planWith({pattern: 'p1'});
    expect(includedAgreements(plan)).not.toContain('jointSales');
    expect(includedAgreements({...plan, agreementChoices: {jointSales: true}})).toContain('jointSales');
    expect(ids(linesOf(deriveChecklist({...plan, agreementChoices: {jointSales: true}}), 'jointSales'))).toEqual(
      questionIds('jointSales'),
    );
  });

  it('3.(2)②【技術提供契約】(図表9 導入段階): on unless the reader declines it', () => {
    const plan = planWith({pattern: 'p2'});
    expect(includedAgreements(plan)).toContain('techProvision');
    expect(includedAgreements({...plan, agreementChoices: {techProvision: false}})).not.toContain('techProvision');
    expect(linesOf(deriveChecklist({...plan, agreementChoices: {techProvision: false}}), 'techProvision')).toEqual([]);
  });

  it('3.(2)② 図表9 / 4.(2) 図表26: a required or inapplicable agreement cannot be switched by a choice', () => {
    const requiredP2 = agreementRules(planWith({pattern: 'p2', customerSystems: true}))
      .filter((r) => r.applicability === 'required')
      .map((r) => r.agreement.id);
    expect(requiredP2).toEqual(
      expect.arrayContaining(['jointProvision', 'nda', 'serviceContract', ...SINGLE_CONTRACT_ONLY]),
    );
    const declined = Object.fromEntries(requiredP2.map((id) => [id, false]));
    const plan = planWith({pattern: 'p2', customerSystems: true, agreementChoices: declined});
    expect(includedAgreements(plan)).toEqual(expect.arrayContaining(requiredP2));

    // …nor can a choice bring in what the pattern or the context rules out.
    const forced = planWith({
      pattern: 'p1',
      customerSystems: false,
      agreementChoices: {license: true, customerNda: true},
    });
    expect(includedAgreements(forced)).not.toContain('license');
    expect(includedAgreements(forced)).not.toContain('customerNda');
  });
});

describe('3.(4) 図表25: the guidelines that apply', () => {
  // 図表25: the two general guidelines apply to every partnership; a sector with its own guideline adds it.
  const expectedGuidelines: Record<SectorId, GuidelineId[]> = {
    general: ['disclosure', 'security'],
    medical: ['disclosure', 'security', 'medical'],
    school: ['disclosure', 'security', 'school'],
    localGov: ['disclosure', 'security'],
  };
  const guidelineLines = (sector: SectorId | null) =>
    deriveChecklist(planWith({pattern: 'p1', sector})).filter((l) => l.group.kind === 'guideline');

  it('3.(4) 図表25: no sector chosen, no guideline rows', () => {
    expect(guidelineLines(null)).toEqual([]);
  });

  for (const [sector, wanted] of Object.entries(expectedGuidelines) as [SectorId, GuidelineId[]][]) {
    it(`3.(4) 図表25: sector '${sector}' brings the rows of ${wanted.join(', ')}, each requirement once`, () => {
      const rows = guidelineRequirements.filter((r) => wanted.includes(r.guideline));
      expect(rows.length).toBeGreaterThan(0);
      const lines = guidelineLines(sector);
      // a row whose every paragraph quotes another guideline's requirement is asked there
      const asked = rows.filter((r) => !(r.quotes && r.quotes.length === r.detail.length && r.quotes.every(Boolean)));
      expect(ids(lines)).toEqual(asked.map((r) => `guideline.${r.id}`));
      for (const line of lines) {
        expect(line.figure).toBe(25);
        expect(line.phase).toBe('operation');
      }
      // no question twice
      const texts = lines.map((l) => l.text.ja);
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  it("3.(4) 図表25: the medical guideline quotes the security guideline's Ⅱ．３．１; each quoted place is listed under the line that asks it", () => {
    const lines = guidelineLines('medical');
    const quoting = guidelineRequirements.filter((r) => r.guideline === 'medical' && r.quotes?.some(Boolean));
    expect(quoting.length).toBeGreaterThan(3);
    for (const row of quoting) {
      row.quotes!.forEach((target, i) => {
        if (!target) return;
        // the quoted paragraph names the security guideline's section it comes from
        expect(row.detail[i]!.ja).toMatch(/（Ⅱ．３．１．[１２]【基本】）$/);
        const asking = lines.find((l) => l.id === `guideline.${target}`)!;
        expect(asking.group.id).toBe('security');
        expect(
          asking.sources.some(
            (s) => s.guideline === 'medical' && s.where?.ja === row.location.map((l) => l.ja).join(' '),
          ),
        ).toBe(true);
      });
    }
    // a plan without the medical guideline lists only the security guideline's own place
    expect(guidelineLines('general').find((l) => l.id === 'guideline.security.r3')!.sources).toHaveLength(1);
  });
});

describe('3.(3)① 図表18: technical requirements', () => {
  const requirementLines = (requirements: TechRequirementId[]) =>
    deriveChecklist(planWith({pattern: 'p2', requirements})).filter((l) => l.group.kind === 'requirement');
  const considerations = (id: TechRequirementId) => techRequirements.find((r) => r.id === id)!.considerations;

  it('3.(3)① 図表18: no requirement chosen, no requirement lines', () => {
    expect(requirementLines([])).toEqual([]);
  });

  it('3.(3)① 図表18 and 図表19: マスタデータ連携 brings its considerations and the standardisation tasks', () => {
    const lines = requirementLines(['masterData']);
    expect(lines.every((l) => l.group.id === 'masterData')).toBe(true);
    expect(lines.filter((l) => l.figure === 18).map((l) => l.text.ja)).toEqual(
      considerations('masterData').map((c) => c.ja),
    );
    // each task, its references to other tasks named (see the next test)
    expect(lines.filter((l) => l.figure === 19).map((l) => l.id)).toEqual(
      masterDataTasks.map((t) => `tech.masterData.task${t.no}`),
    );
    lines
      .filter((l) => l.figure === 19)
      .forEach((line, i) => {
        expect(masterDataTasks[i]!.summary.ja.replace(/No\.?\s*\d(、\d)?/g, '')).toBe(
          line.text.ja.replace(/No\.\d「[^」]*」(、No\.\d「[^」]*」)?/g, ''),
        );
      });
    expect(lines.filter((l) => l.figure !== 18 && l.figure !== 19)).toEqual([]);
  });

  it("3.(3)① 図表18 and 図表20: サーバ認証 asks for the authentication method by layer once, with 図表20's techniques as its options", () => {
    const lines = requirementLines(['serverAuth']);
    expect(lines).toHaveLength(considerations('serverAuth').length);
    const host = lines.find((l) => l.id === 'tech.serverAuth.c1')!;
    expect(host.text.ja).toBe('OSI参照モデル層別ごと認証方式の検討');
    expect(host.sources.map((s) => s.figure)).toEqual([18, 20]);
    expect(host.choices.map((c) => c.label.ja)).toEqual(
      authLayers.flatMap((l) => l.groups.flatMap((g) => g.techniques.map((t) => t.ja))),
    );
    for (const layer of authLayers) {
      expect(host.choices.some((c) => c.group?.ja.startsWith(layer.layer.ja))).toBe(true);
    }
  });

  it("3.(3)① 図表18 and 図表22: ログ管理 asks which log items once, with 図表22's items as its options", () => {
    const lines = requirementLines(['logManagement']);
    expect(lines).toHaveLength(considerations('logManagement').length);
    const host = lines.find((l) => l.id === 'tech.logManagement.c1')!;
    expect(host.choices.map((c) => c.label.ja)).toEqual(logItems.map((l) => l.name.ja));
  });

  it('3.(3)① 図表19: a task that refers to another by number names it', () => {
    const lines = requirementLines(['masterData']).filter((l) => l.figure === 19);
    let references = 0;
    for (const [i, task] of masterDataTasks.entries()) {
      const numbers = [...task.summary.ja.matchAll(/No\.?\s*(\d)(?:、(\d))?/g)]
        .flatMap((m) => [m[1], m[2]])
        .filter(Boolean);
      for (const n of numbers) {
        const named = masterDataTasks.find((t) => String(t.no) === n)!.task;
        expect(lines[i]!.text.ja).toContain(`No.${n}「${named.ja}」`);
        expect(lines[i]!.text.en).toContain(`No. ${n} (“${named.en}”)`);
        references += 1;
      }
    }
    expect(references).toBeGreaterThan(5);
  });

  it('3.(3)① 図表18: each chosen requirement adds its own group, and only the chosen ones', () => {
    const chosen: TechRequirementId[] = ['transactionData', 'security'];
    const lines = requirementLines(chosen);
    expect([...new Set(lines.map((l) => l.group.id))]).toEqual(chosen);
    for (const id of chosen) {
      expect(linesOf(lines, id).map((l) => l.text.ja)).toEqual(considerations(id).map((c) => c.ja));
    }
  });
});

describe('every checklist line', () => {
  // A spread of plans: both patterns, with and without the customer's systems,
  // every sector, no requirement or all of them, the optional agreements both ways.
  const plans: Plan[] = [];
  for (const pattern of ['p1', 'p2'] as const) {
    for (const customerSystems of [true, false]) {
      for (const sector of [null, 'general', 'medical', 'school', 'localGov'] as const) {
        for (const requirements of [[], techRequirements.map((r) => r.id)]) {
          const choice = requirements.length > 0;
          plans.push(
            planWith({
              pattern,
              customerSystems,
              sector,
              requirements,
              agreementChoices: {jointSales: choice, techProvision: !choice},
            }),
          );
        }
      }
    }
  }
  const label = (p: Plan) => `${p.pattern} ${p.customerSystems} ${p.sector} ${p.requirements.length}`;
  const PHASES = ['sales', 'introduction', 'operation'];

  it('has a unique id that a saved plan may carry (allLineIds)', () => {
    const known = allLineIds();
    for (const plan of plans) {
      const lineIds = ids(deriveChecklist(plan));
      expect(new Set(lineIds).size, label(plan)).toBe(lineIds.length);
      expect(
        lineIds.filter((id) => !known.has(id)),
        label(plan),
      ).toEqual([]);
    }
  });

  it('carries its 図表 reference: the agreement table, 図表7, 18–22, 25 or 31', () => {
    for (const plan of plans) {
      for (const line of deriveChecklist(plan)) {
        if (line.group.kind === 'requirement') expect([18, 19, 20, 22], line.id).toContain(line.figure);
        else expect(line.figure, line.id).toBe(line.group.figure);
        if (line.group.kind === 'agreement')
          expect(line.figure, line.id).toBe(getAgreement(line.group.id as AgreementId).figure);
        if (line.group.kind === 'actions') expect(line.figure, line.id).toBe(7);
      }
    }
  });

  it("is the guide's own question except for agreements beyond the guide's checklist (巻末チェックリスト)", () => {
    for (const plan of plans) {
      for (const line of deriveChecklist(plan)) {
        const beyond = line.group.kind === 'agreement' && !GUIDE_CHECKLIST.includes(line.group.id as AgreementId);
        expect(line.source, line.id).toBe(beyond ? 'site' : 'guide');
      }
    }
  });

  it('comes in phase order: sales → introduction → operation, agreements in the guide order within a phase', () => {
    for (const plan of plans) {
      const lines = deriveChecklist(plan);
      const phaseIdx = lines.map((l) => PHASES.indexOf(l.phase));
      expect(
        phaseIdx.every((p, i) => p >= 0 && (i === 0 || p >= phaseIdx[i - 1])),
        label(plan),
      ).toBe(true);
      for (const phase of PHASES) {
        const agreementOrder = lines
          .filter((l) => l.phase === phase && l.group.kind === 'agreement')
          .map((l) => agreements.findIndex((a) => a.id === l.group.id));
        expect(
          agreementOrder.every((a, i) => i === 0 || a >= agreementOrder[i - 1]),
          `${label(plan)} ${phase}`,
        ).toBe(true);
      }
      // the rows keep the order
      expect(checklistRows(lines, plan).flatMap((r) => r.lines)).toEqual(lines);
    }
  });

  it("takes the reader's status, owner and note, keeping the default owner beside it", () => {
    const base = planWith({pattern: 'p2'});
    const [first, second] = deriveChecklist(base).filter((l) => l.group.parties === 'customer');
    const plan: Plan = {
      ...base,
      lines: {[first.id]: {status: 'confirm', owner: 'partner', note: 'ask legal'}, [second.id]: {status: 'done'}},
    };
    const lines = deriveChecklist(plan);
    const a = lines.find((l) => l.id === first.id)!;
    const b = lines.find((l) => l.id === second.id)!;
    expect([a.status, a.owner, a.defaultOwner, a.note]).toEqual(['confirm', 'partner', 'lead', 'ask legal']);
    expect([b.status, b.owner, b.note]).toEqual(['done', 'lead', '']);
    expect(lines.filter((l) => l.id !== a.id && l.id !== b.id).every((l) => l.status === 'open' && l.note === '')).toBe(
      true,
    );
  });

  it("appears in the views: the customer's only customer-facing; the agenda only the lines put on it, in their order", () => {
    for (const plan of plans) {
      const derived = deriveChecklist(plan);
      // Every third line on the agenda, last first.
      const picked = derived
        .filter((_, i) => i % 3 === 0)
        .map((l) => l.id)
        .reverse();
      const marked: Plan = {...plan, meeting: {date: '', attendees: '', agenda: [...picked, 'no.such.line']}};
      const lines = deriveChecklist(marked);

      const customer = viewLines(lines, 'customer', marked);
      expect(
        customer.every((l) => l.group.parties === 'customer'),
        label(plan),
      ).toBe(true);
      expect(ids(customer), label(plan)).toEqual(ids(lines.filter((l) => l.group.parties === 'customer')));
      expect(
        customer.some((l) => l.group.kind === 'watch'),
        label(plan),
      ).toBe(true);

      expect(ids(viewLines(lines, 'agenda', marked)), label(plan)).toEqual(picked);
      expect(viewLines(lines, 'plan', marked), label(plan)).toEqual(lines);
    }
  });

  it('lines that became part of another (図表20, 図表22, quoted 図表25 rows) point at a line that exists', () => {
    const known = allLineIds();
    const retired = retiredLineIds();
    expect(retired.size).toBeGreaterThan(10);
    for (const [old, successor] of retired) {
      expect(known.has(old), old).toBe(false);
      expect(known.has(successor), successor).toBe(true);
    }
  });
});

describe("the providers' parts (図表12, 14–16; 図表5, 6)", () => {
  const p2 = planWith({pattern: 'p2', customerSystems: true});
  const owner = (plan: Plan, id: string) => deriveChecklist(plan).find((l) => l.id === id)!.defaultOwner;

  it("図表12: the license's scope, use and related IP are the licensor's (B, the partner); royalties and term both", () => {
    expect(owner(p2, 'license.scope.q1')).toBe('partner');
    expect(owner(p2, 'license.usageScope.q1')).toBe('partner');
    expect(owner(p2, 'license.relatedIp.q1')).toBe('partner');
    expect(owner(p2, 'license.royalties.q1')).toBe('both');
    expect(owner(p2, 'license.term.q1')).toBe('both');
  });

  it("図表15: billing the customer is the contract holder's (A, the lead)", () => {
    expect(owner(p2, 'revenueShare.billing.q1')).toBe('lead');
    expect(owner(p2, 'revenueShare.shareAndPayment.q1')).toBe('both');
  });

  it("図表16: the service and the level guaranteed are the partner's (B)", () => {
    expect(owner(p2, 'providerSla.serviceScope.q1')).toBe('partner');
    expect(owner(p2, 'providerSla.serviceLevel.q1')).toBe('partner');
    expect(owner(p2, 'providerSla.purpose.q1')).toBe('both');
  });

  it('図表14: disclosure and cooperation are the part of whoever gives the technology', () => {
    expect(owner({...p2, techDirection: 'partnerToLead'}, 'techProvision.disclosureScope.q1')).toBe('partner');
    expect(owner({...p2, techDirection: 'leadToPartner'}, 'techProvision.cooperation.q1')).toBe('lead');
    expect(owner({...p2, techDirection: 'mutual'}, 'techProvision.disclosureScope.q1')).toBe('both');
    expect(owner({...p2, techDirection: 'partnerToLead'}, 'techProvision.results.q1')).toBe('both');
  });

  it("図表6 / 図表5: what is agreed with the customer is the contract holder's in pattern 2 and each provider's in pattern 1; 図表31 the customer's", () => {
    expect(owner(p2, 'serviceContract.singleContract.fees.q1')).toBe('lead');
    expect(owner(planWith({pattern: 'p1'}), 'serviceContract.individualContracts.fees.q1')).toBe('both');
    expect(owner(p2, 'watch.sla.p2')).toBe('customer');
  });

  it("the lead's and the partner's plans of one partnership differ where the guide gives them different parts", () => {
    const group = (id: AgreementId) => {
      const a = getAgreement(id);
      return {kind: 'agreement' as const, id, name: a.name, figure: a.figure, parties: a.parties};
    };
    for (const id of ['license', 'revenueShare', 'providerSla'] as const) {
      expect(yourPart(group(id), {...p2, role: 'lead'})).toEqual(getAgreement(id).sides!.A);
      expect(yourPart(group(id), {...p2, role: 'partner'})).toEqual(getAgreement(id).sides!.B);
    }
    expect(yourPart(group('serviceContract'), {...p2, role: 'lead'})).not.toEqual(
      yourPart(group('serviceContract'), {...p2, role: 'partner'}),
    );
    // where the guide has both act alike, no part is claimed
    expect(yourPart(group('jointProvision'), {...p2, role: 'lead'})).toBeNull();
    expect(yourPart(group('license'), {...p2, role: 'customer'})).toBeNull();
  });
});

describe('what the answers stress', () => {
  const base = planWith({pattern: 'p2', customerSystems: true, sector: 'medical'});
  const stressed = (plan: Plan) => deriveChecklist(plan).filter((l) => l.stress.length > 0);

  it('nothing, until the reader says what data the service holds or finds its security pattern', () => {
    expect(stressed(base)).toEqual([]);
  });

  it('3.2.3【1】① of the security report: personal information stresses the questions that name it', () => {
    const lines = stressed({...base, data: {personalInfo: true, tradeSecret: false}});
    expect(ids(lines)).toEqual(
      expect.arrayContaining(['confidentiality.personalInfo.q1', 'confidentiality.personalInfo.q2']),
    );
    for (const line of lines) expect(line.text.ja, line.id).toMatch(/個人情報|情報漏えい/);
  });

  it("trade secrets stress the questions about the customer's confidential information, not personal information alone", () => {
    const lines = stressed({...base, data: {personalInfo: false, tradeSecret: true}});
    expect(ids(lines)).toContain('confidentiality.term.q2');
    expect(ids(lines)).not.toContain('confidentiality.personalInfo.q1');
  });

  it('the security pattern: availability stresses the service levels guaranteed; any pattern, the handling of patches', () => {
    const high = stressed({...base, security: {confidentiality: null, availability: 'high'}});
    expect(ids(high)).toEqual(
      expect.arrayContaining([
        'providerSla.serviceLevel.q1',
        'customerSla.serviceLevel.q1',
        'jointProvision.maintenance.q4',
      ]),
    );
    const low = stressed({...base, security: {confidentiality: null, availability: 'low'}});
    expect(ids(low)).toEqual(['jointProvision.maintenance.q4']);
  });
});

describe('2.(1) 図表4: the pattern questions', () => {
  it('2.(1) 図表4: no answer, no suggestion; the contract question decides, the others only fill in for it', () => {
    expect(suggestPattern({})).toBeNull();
    expect(suggestPattern({contract: 'one'})).toBe('p2');
    expect(suggestPattern({contract: 'each'})).toBe('p1');
    expect(suggestPattern({contract: 'each', payment: 'one', contact: 'one'})).toBe('p1');
    expect(suggestPattern({contract: 'one', payment: 'each', contact: 'each'})).toBe('p2');
    expect(suggestPattern({payment: 'one', contact: 'each'})).toBe('p2');
    expect(suggestPattern({contact: 'each'})).toBe('p1');
  });

  it('2.(1) 図表4: answers that point away from the chosen pattern are pointed out', () => {
    expect(conflictingAnswers(planWith({pattern: null, patternAnswers: {contract: 'one'}}))).toEqual([]);
    expect(conflictingAnswers(planWith({pattern: 'p2', patternAnswers: {contract: 'one', payment: 'one'}}))).toEqual(
      [],
    );
    expect(conflictingAnswers(planWith({pattern: 'p2', patternAnswers: {contract: 'each', payment: 'one'}}))).toEqual([
      'contract',
    ]);
    expect(
      conflictingAnswers(planWith({pattern: 'p1', patternAnswers: {contract: 'one', payment: 'each', contact: 'one'}})),
    ).toEqual(['contract', 'contact']);
  });
});
