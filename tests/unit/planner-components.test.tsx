// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import fc from 'fast-check';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import Planner from '@site/src/components/Planner';
import PlannerStepAbout from '@site/src/components/Planner/StepAbout';
import PlannerStepPattern from '@site/src/components/Planner/StepPattern';
import PlannerStepContext from '@site/src/components/Planner/StepContext';
import PlannerStepPhase from '@site/src/components/Planner/StepPhase';
import PlannerChecklist from '@site/src/components/Planner/Checklist';
import PlannerToolbar from '@site/src/components/Planner/Toolbar';
import {fill, t} from '@site/src/components/Planner/text';
import {getAgreement, getPattern, guidelines, sectors} from '@site/src/catalog';
import type {AgreementId} from '@site/src/catalog';
import {emptyPlan, type Plan} from '@site/src/planner/plan';
import {checklistRows, deriveChecklist, viewLines, type ChecklistView} from '@site/src/planner/checklist';
import type {PlannerEvent} from '@site/src/planner/machine';
import {encodeShareFragment} from '@site/src/planner/share';
import {compressToEncodedURIComponent} from 'lz-string';
import {PLAN_FORMAT, PLAN_VERSION, parsePlanFile, serializePlanFile, toPlanFile} from '@site/src/planner/schema';
import type {PlanLibrary} from '@site/src/components/Planner/usePlanLibrary';
import type {PlanActions} from '@site/src/components/Planner/planActions';
import {listText} from '@site/src/components/Planner/PlanList/text';
import {noticeText} from '@site/src/components/Planner/LibraryNotices/text';
import {freshBrowser, keptPlan, keptRecords, rawRecord, seedPlan, seedRaw} from '../support/plansStore';
import {
  applicabilityNames,
  columns,
  dataKindNames,
  errorMessages,
  ownerNames,
  patternQuestions,
  roleNames,
  sourceExplained,
  statusNames,
  stressNames,
  stepNames,
  textProblemMessages,
} from '@site/src/planner/strings';
import {setTestLocale} from '../support/useDocusaurusContext';

const NOW = new Date('2024-04-01T00:00:00Z');

function plan(patch: Partial<Plan> = {}): Plan {
  return {...emptyPlan(), ...patch};
}

/** A send spy, typed as the step components expect. */
function sendSpy() {
  return vi.fn<(event: PlannerEvent) => void>();
}

afterEach(() => {
  cleanup();
  setTestLocale('ja');
});

describe('PlannerStepAbout', () => {
  it('offers the three roles as radio buttons and sends SET_ROLE', () => {
    const send = sendSpy();
    render(<PlannerStepAbout plan={plan()} send={send} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    fireEvent.click(screen.getByRole('radio', {name: roleNames.partner.ja}));
    expect(send).toHaveBeenCalledWith({type: 'SET_ROLE', role: 'partner'});
  });

  it('names the roles in English', () => {
    setTestLocale('en');
    render(<PlannerStepAbout plan={plan({role: 'customer'})} send={sendSpy()} />);
    for (const role of ['lead', 'partner', 'customer'] as const) {
      expect(screen.getByRole('radio', {name: roleNames[role].en})).toBeInTheDocument();
    }
    expect(screen.getByRole('radio', {name: roleNames.customer.en})).toBeChecked();
  });

  it('sends SET_NAME for a typed name', () => {
    const send = sendSpy();
    render(<PlannerStepAbout plan={plan()} send={send} />);
    fireEvent.change(screen.getByLabelText('連携先の事業者名'), {target: {value: '株式会社サンプル'}});
    expect(send).toHaveBeenCalledWith({type: 'SET_NAME', field: 'partner', value: '株式会社サンプル'});
  });

  it('sends a name holding "<" exactly as typed: it is text, not markup', () => {
    const send = sendSpy();
    render(<PlannerStepAbout plan={plan()} send={send} />);
    const input = screen.getByLabelText('連携（プラン）の名称');
    fireEvent.change(input, {target: {value: '<SLA> 確認済み <script>alert(1)</script>'}});
    expect(send).toHaveBeenCalledWith({
      type: 'SET_NAME',
      field: 'partnership',
      value: '<SLA> 確認済み <script>alert(1)</script>',
    });
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`refuses a control character in a name, says why, and does not send it (${locale})`, () => {
      setTestLocale(locale);
      const send = sendSpy();
      render(<PlannerStepAbout plan={plan()} send={send} />);
      const label = locale === 'ja' ? '連携（プラン）の名称' : 'Name of the partnership (plan)';
      const input = screen.getByLabelText(label);
      fireEvent.change(input, {target: {value: 'B社\u001b[31m'}});
      expect(screen.getByRole('alert')).toHaveTextContent(fill(textProblemMessages.control[locale], {char: 'U+001B'}));
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(send).not.toHaveBeenCalled();
    });
  }
});

describe('PlannerTextField refuses what would change how text is seen', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`a direction override, isolate or mark, half a character or a noncharacter, anywhere in a name: said why, not sent (${locale})`, () => {
      setTestLocale(locale);
      const label = locale === 'ja' ? '連携（プラン）の名称' : 'Name of the partnership (plan)';
      fc.assert(
        fc.property(
          fc
            .string({maxLength: 20})
            .filter(
              (x) =>
                !/[\u0000-\u001f\u007f-\u009f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\ufdd0-\ufdef\ufffe\uffff]/.test(
                  x,
                ),
            ),
          fc.oneof(
            fc.constantFrom('\uFFFE', '\uFFFF', '\uFDD0').map((c) => [c, 'nonCharacter'] as const),
            fc
              .constantFrom('\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F')
              .map((c) => [c, 'direction'] as const),
            fc.constantFrom('\uD83D', '\uDE00').map((c) => [c, 'brokenCharacter'] as const),
          ),
          fc.nat(),
          (text, [c, why], at) => {
            cleanup();
            const send = sendSpy();
            render(<PlannerStepAbout plan={plan()} send={send} />);
            const k = at % (text.length + 1);
            fireEvent.change(screen.getByLabelText(label), {
              target: {value: `${text.slice(0, k)} ${c} ${text.slice(k)}`},
            });
            expect(screen.getByRole('alert')).toHaveTextContent(
              fill(textProblemMessages[why][locale], {char: `U+${c.charCodeAt(0).toString(16).toUpperCase()}`}),
            );
            expect(send).not.toHaveBeenCalled();
          },
        ),
        {numRuns: 25},
      );
    });
  }
});

describe('PlannerStepPattern', () => {
  it('sends ANSWER_PATTERN_QUESTION for the contract question', () => {
    const send = sendSpy();
    render(<PlannerStepPattern plan={plan()} send={send} />);
    fireEvent.click(screen.getByRole('radio', {name: patternQuestions.contract.answers.each.ja}));
    expect(send).toHaveBeenCalledWith({type: 'ANSWER_PATTERN_QUESTION', question: 'contract', answer: 'each'});
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`lists the agreements pattern 2 adds, and none for pattern 1 (${locale})`, () => {
      setTestLocale(locale);
      render(<PlannerStepPattern plan={plan({pattern: 'p2'})} send={sendSpy()} />);
      const compare = screen.getByRole('group', {name: t.compare[locale]});
      const rows = within(compare).getAllByRole('row');
      const header = within(rows[0]).getAllByRole('columnheader');
      expect(header[0]).toHaveTextContent(getPattern('p1').shortName[locale]);
      expect(header[1]).toHaveTextContent(getPattern('p2').shortName[locale]);
      expect(header[1]).toHaveAttribute('aria-current', 'true');
      const cells = within(rows[1]).getAllByRole('cell');
      expect(cells[0].textContent).toBe(t.compareNone[locale]);
      expect(cells[0].querySelector('li')).toBeNull();
      const items = within(cells[1]).getAllByRole('listitem');
      const added: AgreementId[] = ['license', 'revenueShare', 'providerSla'];
      expect(items).toHaveLength(added.length);
      added.forEach((id, i) => expect(items[i]).toHaveTextContent(getAgreement(id).name[locale]));
    });
  }

  it('warns of answers that conflict with the chosen pattern, naming the question', () => {
    render(
      <PlannerStepPattern
        plan={plan({pattern: 'p1', patternAnswers: {contract: 'one', payment: 'each'}})}
        send={sendSpy()}
      />,
    );
    const warning = screen.getByRole('note');
    expect(warning).toHaveTextContent(t.patternConflict.ja);
    const listed = within(warning).getAllByRole('listitem');
    expect(listed.map((li) => li.textContent)).toEqual([patternQuestions.contract.question.ja]);
  });

  it('shows no warning when the answers agree with the pattern', () => {
    render(<PlannerStepPattern plan={plan({pattern: 'p2', patternAnswers: {contract: 'one'}})} send={sendSpy()} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('PlannerStepContext', () => {
  it('sends SET_CUSTOMER_SYSTEMS for yes and for no', () => {
    const send = sendSpy();
    const {rerender} = render(<PlannerStepContext plan={plan()} send={send} />);
    fireEvent.click(screen.getByRole('radio', {name: /^はい/}));
    expect(send).toHaveBeenLastCalledWith({type: 'SET_CUSTOMER_SYSTEMS', value: true});
    rerender(<PlannerStepContext plan={plan({customerSystems: true})} send={send} />);
    fireEvent.click(screen.getByRole('radio', {name: 'いいえ'}));
    expect(send).toHaveBeenLastCalledWith({type: 'SET_CUSTOMER_SYSTEMS', value: false});
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`offers every sector and "not specified", which sends a null sector (${locale})`, () => {
      setTestLocale(locale);
      const send = sendSpy();
      render(<PlannerStepContext plan={plan({sector: 'medical'})} send={send} />);
      for (const sector of sectors) {
        expect(
          screen.getByRole('radio', {name: new RegExp(`^${sector.name[locale].replace(/[()]/g, '\\$&')}`)}),
        ).toBeInTheDocument();
      }
      const none = screen.getByRole('radio', {name: locale === 'ja' ? '指定しない' : 'Not specified'});
      expect(none).not.toBeChecked();
      fireEvent.click(none);
      expect(send).toHaveBeenCalledWith({type: 'SET_SECTOR', sector: null});
    });
  }

  it('sends SET_SECTOR for a sector', () => {
    const send = sendSpy();
    render(<PlannerStepContext plan={plan()} send={send} />);
    expect(screen.getByRole('radio', {name: '指定しない'})).toBeChecked();
    fireEvent.click(screen.getByRole('radio', {name: '医療'}));
    expect(send).toHaveBeenCalledWith({type: 'SET_SECTOR', sector: 'medical'});
  });

  it('sends SET_DATA from the data checkboxes', () => {
    const send = sendSpy();
    render(<PlannerStepContext plan={plan({data: {personalInfo: false, tradeSecret: true}})} send={send} />);
    fireEvent.click(screen.getByRole('checkbox', {name: dataKindNames.personalInfo.ja}));
    expect(send).toHaveBeenLastCalledWith({type: 'SET_DATA', kind: 'personalInfo', value: true});
    fireEvent.click(screen.getByRole('checkbox', {name: dataKindNames.tradeSecret.ja}));
    expect(send).toHaveBeenLastCalledWith({type: 'SET_DATA', kind: 'tradeSecret', value: false});
  });
});

describe('PlannerStepPhase', () => {
  const card = (container: HTMLElement, id: AgreementId) =>
    container.querySelector<HTMLElement>(`[data-agreement="${id}"]`);

  for (const locale of ['ja', 'en'] as const) {
    it(`sales, pattern 1: the license is not needed and cannot be ticked; joint sales can (${locale})`, () => {
      setTestLocale(locale);
      const send = sendSpy();
      const {container} = render(<PlannerStepPhase phase="sales" plan={plan({pattern: 'p1'})} send={send} />);
      const license = card(container, 'license')!;
      expect(license).toHaveTextContent(applicabilityNames.notApplicable[locale]);
      expect(license).toHaveTextContent(locale === 'ja' ? '不要' : 'Not needed');
      expect(within(license).queryByRole('checkbox')).toBeNull();

      const jointSales = card(container, 'jointSales')!;
      const include = within(jointSales).getByRole('checkbox', {
        name: locale === 'ja' ? 'この取り決めを締結する' : 'Make this agreement',
      });
      expect(include).not.toBeChecked();
      fireEvent.click(include);
      expect(send).toHaveBeenCalledWith({type: 'SET_AGREEMENT', agreement: 'jointSales', included: true});
    });
  }

  it('sales, pattern 2: the license is required', () => {
    const {container} = render(<PlannerStepPhase phase="sales" plan={plan({pattern: 'p2'})} send={sendSpy()} />);
    expect(card(container, 'license')).toHaveAttribute('data-applicability', 'required');
    expect(card(container, 'license')).toHaveTextContent(applicabilityNames.required.ja);
  });

  it('introduction: ticking a requirement sends SET_REQUIREMENT', () => {
    const send = sendSpy();
    render(<PlannerStepPhase phase="introduction" plan={plan({pattern: 'p1'})} send={send} />);
    const requirements = screen.getByRole('group', {name: t.requirements.ja});
    const boxes = within(requirements).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    fireEvent.click(boxes[0]);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({type: 'SET_REQUIREMENT', included: true}));
  });

  it("introduction: the customer NDA is needed only when the customer's own systems are linked", () => {
    const {container, unmount} = render(
      <PlannerStepPhase phase="introduction" plan={plan({customerSystems: true})} send={sendSpy()} />,
    );
    expect(card(container, 'customerNda')).toHaveAttribute('data-applicability', 'required');
    unmount();
    for (const customerSystems of [false, null]) {
      const other = render(<PlannerStepPhase phase="introduction" plan={plan({customerSystems})} send={sendSpy()} />);
      const nda = card(other.container, 'customerNda');
      // Shown (so the reader sees why not), but as not needed and without its items.
      expect(nda).toHaveAttribute('data-applicability', 'notApplicable');
      expect(nda).toHaveTextContent(applicabilityNames.notApplicable.ja);
      expect(nda!.querySelector('details')).toBeNull();
      other.unmount();
    }
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`operation: the sector's guideline, or a hint to choose a sector (${locale})`, () => {
      setTestLocale(locale);
      const medical = guidelines.find((g) => g.id === 'medical')!;
      const school = guidelines.find((g) => g.id === 'school')!;
      const {container, unmount} = render(
        <PlannerStepPhase phase="operation" plan={plan({pattern: 'p2', sector: 'medical'})} send={sendSpy()} />,
      );
      expect(container).toHaveTextContent(medical.name[locale]);
      expect(container).not.toHaveTextContent(school.name[locale]);
      expect(container).not.toHaveTextContent(t.noSector[locale]);
      unmount();
      const none = render(<PlannerStepPhase phase="operation" plan={plan({pattern: 'p2'})} send={sendSpy()} />);
      expect(none.container).toHaveTextContent(t.noSector[locale]);
      expect(none.container).not.toHaveTextContent(medical.name[locale]);
    });
  }
});

describe('PlannerChecklist', () => {
  /** The plan the brief's counts are about: pattern 2, linked customer systems, medical, master data. */
  const full = (patch: Partial<Plan> = {}): Plan =>
    plan({
      role: 'lead',
      pattern: 'p2',
      customerSystems: true,
      sector: 'medical',
      data: {personalInfo: true, tradeSecret: false},
      requirements: ['masterData'],
      step: 'review',
      reached: 'review',
      ...patch,
    });
  /** A short checklist (no pattern, no requirements, no sector), for tests about single lines: quicker to render. */
  const small = (patch: Partial<Plan> = {}): Plan =>
    plan({role: 'lead', customerSystems: false, agreementChoices: {techProvision: false}, ...patch});
  const renderedLines = (container: HTMLElement) =>
    [...container.querySelectorAll<HTMLElement>('[data-line]')].map((el) => el.dataset.line!);
  const renderedRows = (container: HTMLElement) =>
    [...container.querySelectorAll<HTMLElement>('[data-row]')].map((el) => el.dataset.row!);
  const line = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-line="${id}"]`)!;
  const rowEl = (container: HTMLElement, key: string) => container.querySelector<HTMLElement>(`[data-row="${key}"]`)!;
  const openRow = (container: HTMLElement, key: string) =>
    fireEvent.click(rowEl(container, key).querySelector<HTMLButtonElement>('button[aria-expanded]')!);
  // Role queries walk every element; on a long checklist they are slow, so plain selectors here.
  const viewRadio = (container: HTMLElement, view: ChecklistView) =>
    container.querySelector<HTMLInputElement>(`input[type="radio"][name="planner-view"][value="${view}"]`)!;
  const headings = (container: HTMLElement, level = 'h4') =>
    [...container.querySelectorAll(level)].map((h) => h.textContent);

  /** A button by its visible words: role queries walk every element, slow on an opened checklist. */
  const button = (container: HTMLElement, words: string) =>
    [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === words)!;

  it('opens on the answers, then one closed row per agreement, requirement, guideline and customer topic (en)', () => {
    setTestLocale('en');
    const p = full();
    const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
    expect(container.querySelector('[data-summary="pattern"]')).toHaveTextContent('Pattern 2');
    // the agreements of each side on a line of their own: an SLA in each
    const groups = within(container.querySelector<HTMLElement>('[data-summary="agreements"]')!).getAllByRole(
      'listitem',
    );
    expect(groups.map((g) => g.textContent!.split(': ')[0])).toEqual(['Between the providers', 'With the customer']);
    expect(groups[0]).toHaveTextContent(getAgreement('providerSla').name.en);
    expect(groups[1]).toHaveTextContent(getAgreement('customerSla').name.en);
    const rows = checklistRows(deriveChecklist(p), p);
    expect(renderedRows(container)).toEqual(rows.map((r) => r.key));
    // closed: no line is shown until its row is opened
    expect(renderedLines(container)).toEqual([]);
    openRow(container, 'agreement:license');
    expect(renderedLines(container)).toEqual(rows.find((r) => r.key === 'agreement:license')!.lines.map((l) => l.id));
    openRow(container, 'agreement:license');
    expect(renderedLines(container)).toEqual([]);
  });

  it("heads the printout with the view and the plan's name, punctuated as each language is", () => {
    const names = {partnership: ' 予約連携 ', lead: '', partner: '', customer: ''};
    const {unmount} = render(<PlannerChecklist plan={small({pattern: 'p1', names})} send={sendSpy()} />);
    expect(screen.getByText('連携のチェックリスト：予約連携')).toBeInTheDocument();
    unmount();
    setTestLocale('en');
    render(<PlannerChecklist plan={small({pattern: 'p1', names})} send={sendSpy()} />);
    expect(screen.getByText('Partnership checklist: 予約連携')).toBeInTheDocument();
  });

  it('opens and closes every row at once', () => {
    const p = small({pattern: 'p1'});
    const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
    const rows = checklistRows(deriveChecklist(p), p);
    fireEvent.click(button(container, t.expandAll.ja));
    expect(renderedLines(container)).toEqual(rows.flatMap((r) => r.lines.map((l) => l.id)));
    fireEvent.click(button(container, t.collapseAll.ja));
    expect(renderedLines(container)).toEqual([]);
  });

  it("says the reader's part where the guide gives the providers different parts, from their side", () => {
    const lead = render(<PlannerChecklist plan={full()} send={sendSpy()} />);
    expect(rowEl(lead.container, 'agreement:license')).toHaveTextContent(getAgreement('license').sides!.A.ja);
    cleanup();
    const partner = render(<PlannerChecklist plan={full({role: 'partner'})} send={sendSpy()} />);
    expect(rowEl(partner.container, 'agreement:license')).toHaveTextContent(getAgreement('license').sides!.B.ja);
    expect(rowEl(partner.container, 'agreement:license')).not.toHaveTextContent(getAgreement('license').sides!.A.ja);
  });

  it("the customer view has only the customer's rows and says whom to call (en)", () => {
    setTestLocale('en');
    const p = full();
    const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
    expect(headings(container)).not.toContain(t.whoToCall.en);
    fireEvent.click(viewRadio(container, 'customer'));
    const customer = viewLines(deriveChecklist(p), 'customer', p);
    expect(renderedRows(container)).toEqual(checklistRows(customer, p).map((r) => r.key));
    expect(headings(container)).toContain(t.whoToCall.en);
    expect(container).toHaveTextContent(t.whoToCallP2.en.replace('{name}', ''));
  });

  it("opens a customer's plan on their check before signing, says what the providers settle among themselves, and keeps a contact sheet", () => {
    const p = small({
      role: 'customer',
      pattern: 'p2',
      names: {partnership: '', lead: 'A社', partner: 'B社', customer: ''},
    });
    const send = sendSpy();
    const {container} = render(<PlannerChecklist plan={p} send={send} />);
    expect(viewRadio(container, 'plan')).toBeChecked();
    // the providers' "what the customer confirms" view is the customer's whole plan: not offered twice
    expect(viewRadio(container, 'customer')).toBeNull();
    expect(container).toHaveTextContent(t.customerCheckHeading.ja);
    expect(container).toHaveTextContent(t.customerSkipped.ja);
    expect(renderedRows(container).some((r) => r.startsWith('agreement:jointProvision'))).toBe(false);
    const sheet = container.querySelector<HTMLElement>('[data-contacts="lead"]')!;
    expect(sheet.querySelector('legend')!.textContent).toBe('契約する事業者（A社）');
    const faults = within(sheet).getAllByRole('textbox', {name: '電話・メール'})[0]!;
    fireEvent.change(faults, {target: {value: '03-0000-0000'}});
    expect(send).toHaveBeenCalledWith({
      type: 'SET_CONTACT',
      provider: 'lead',
      kind: 'faults',
      field: 'reach',
      value: '03-0000-0000',
    });
  });

  it('shows the other language under each question when the reader asks for both, after fetching its texts once', async () => {
    const fetched = vi.fn(async (_url: string) => ({ok: true, json: async () => ({})}) as unknown as Response);
    vi.stubGlobal('fetch', fetched);
    try {
      const p = small();
      const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
      fireEvent.click(button(container, t.expandAll.ja));
      const first = deriveChecklist(p)[0]!;
      expect(container).not.toHaveTextContent(first.text.en);
      fireEvent.click(screen.getByRole('checkbox', {name: t.bothLanguages.ja}));
      await waitFor(() => expect(line(container, first.id)).toHaveTextContent(first.text.en), {timeout: 5000});
      expect(fetched).toHaveBeenCalledTimes(1);
      expect(String(fetched.mock.calls[0]![0])).toMatch(/planner-texts\.json$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("gives a pattern-1 customer's contract lines a status under each provider's contract", () => {
    const p = small({
      role: 'customer',
      pattern: 'p1',
      names: {partnership: '', lead: 'A社', partner: 'B社', customer: ''},
    });
    const send = sendSpy();
    const {container} = render(<PlannerChecklist plan={p} send={send} />);
    fireEvent.click(button(container, t.expandAll.ja));
    const id = 'serviceContract.individualContracts.fees.q1';
    const partner = within(line(container, id)).getByRole('combobox', {name: /^状況（B社との契約）/});
    fireEvent.change(partner, {target: {value: 'done'}});
    expect(send).toHaveBeenCalledWith({type: 'SET_LINE_STATUS', line: id, status: 'done', provider: 'partner'});
    expect(within(line(container, id)).getByRole('combobox', {name: /^状況（A社との契約）/})).toHaveValue('open');
  });

  it('filters by owner ("yours", from the role), status, source and words, and says when nothing matches', () => {
    const p = full({lines: {'license.scope.q1': {status: 'confirm'}}});
    const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
    const lines = deriveChecklist(p);
    const select = (label: string) => screen.getByRole('combobox', {name: label});
    fireEvent.change(select(columns.status.ja), {target: {value: 'confirm'}});
    expect(renderedRows(container)).toEqual(['agreement:license']);
    fireEvent.click(screen.getByRole('button', {name: t.clearFilters.ja}));
    fireEvent.change(select(columns.owner.ja), {target: {value: 'partner'}});
    const partners = checklistRows(lines, p).filter((r) => r.lines.some((l) => l.owner === 'partner'));
    expect(renderedRows(container)).toEqual(partners.map((r) => r.key));
    fireEvent.change(select(columns.owner.ja), {target: {value: 'mine'}});
    expect(renderedRows(container)).not.toContain('watch:sla');
    fireEvent.change(select(columns.owner.ja), {target: {value: 'all'}});
    fireEvent.change(screen.getByRole('searchbox', {name: t.search.ja}), {target: {value: '死者の情報'}});
    // words typed open the rows that hold them, showing only the matching lines
    expect(renderedLines(container)).toEqual(['confidentiality.personalInfo.q2']);
    fireEvent.change(screen.getByRole('searchbox', {name: t.search.ja}), {target: {value: 'どこにもない言葉'}});
    expect(container).toHaveTextContent(t.nothingMatches.ja);
  });

  it("a change link in the answers sends the reader to that question's step", () => {
    const send = sendSpy();
    render(<PlannerChecklist plan={full()} send={send} />);
    fireEvent.click(screen.getByRole('button', {name: fill(t.changeWhat.ja, {what: '分野'})}));
    expect(send).toHaveBeenLastCalledWith({type: 'GOTO', step: 'context'});
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`says so when the agenda is empty, and fills it from its buttons (${locale})`, () => {
      setTestLocale(locale);
      const send = sendSpy();
      const p = small({lines: {'jointProvision.purpose.q1': {status: 'confirm'}}});
      const {container} = render(<PlannerChecklist plan={p} send={send} />);
      fireEvent.click(viewRadio(container, 'agenda'));
      expect(container).toHaveTextContent(t.agendaEmpty[locale]);
      fireEvent.click(screen.getByRole('button', {name: fill(t.agendaAddConfirm[locale], {n: 1})}));
      expect(send).toHaveBeenLastCalledWith({type: 'AGENDA_ADD', lines: ['jointProvision.purpose.q1']});
    });
  }

  it('writes a label and its value with the full-width colon in Japanese, ": " in English', () => {
    for (const locale of ['ja', 'en'] as const) {
      setTestLocale(locale);
      const p = small({meeting: {date: '', attendees: '', agenda: ['jointProvision.purpose.q1']}});
      const {container, unmount} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
      // a row's owners
      expect(container.textContent).toContain(`${t.rowOwners[locale]}${locale === 'ja' ? '：' : ': '}`);
      fireEvent.click(viewRadio(container, 'agenda'));
      // the agenda's buttons and each line's owner
      expect(container.textContent).toContain(`${t.agendaAdd[locale]}${locale === 'ja' ? '：' : ': '}`);
      expect(container.textContent).toContain(`${columns.owner[locale]}${locale === 'ja' ? '：' : ': '}`);
      if (locale === 'ja') expect(container.textContent).not.toMatch(/[^\x00-\x7f]: /);
      unmount();
    }
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`leaves room on the printout to write the date and attendees when they are not set (${locale})`, () => {
      setTestLocale(locale);
      const p = small({meeting: {date: '', attendees: '', agenda: ['jointProvision.purpose.q1']}});
      const {container, rerender} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
      fireEvent.click(viewRadio(container, 'agenda'));
      const printedDate = () => container.querySelector('input[type="date"]')!.nextElementSibling!;
      expect(printedDate().textContent).toBe(t.meetingDateBlank[locale]);
      // a blank in the reader's language: no 年月日 on an English printout
      if (locale === 'en') expect(printedDate().textContent).not.toMatch(/[年月日]/);
      expect(container.querySelector('[data-write-in="attendees"]')).not.toBeNull();
      const set = {...p, meeting: {...p.meeting, date: '2025-05-01', attendees: '田中、佐藤'}};
      rerender(<PlannerChecklist plan={set} send={sendSpy()} />);
      expect(printedDate().textContent).toBe('2025-05-01');
      expect(container.querySelector('[data-write-in="attendees"]')).toBeNull();
    });
  }

  it('lists the agenda in its order, with an outcome to record against each line', () => {
    const send = sendSpy();
    const p = small({
      meeting: {date: '2025-05-01', attendees: '', agenda: ['jointProvision.term.q1', 'jointProvision.purpose.q1']},
    });
    const {container} = render(<PlannerChecklist plan={p} send={send} />);
    fireEvent.click(viewRadio(container, 'agenda'));
    const items = [...container.querySelectorAll<HTMLElement>('[data-agenda-line]')].map((el) => el.dataset.agendaLine);
    expect(items).toEqual(['jointProvision.term.q1', 'jointProvision.purpose.q1']);
    fireEvent.change(screen.getByLabelText(`${t.outcomeLabel.ja}（2）`), {target: {value: '目的は原案どおり'}});
    expect(send).toHaveBeenLastCalledWith({
      type: 'SET_LINE_OUTCOME',
      line: 'jointProvision.purpose.q1',
      outcome: '目的は原案どおり',
    });
    const [firstUp, secondUp] = screen.getAllByRole('button', {name: new RegExp(`^${t.moveUp.ja}: `)});
    expect(firstUp).toBeDisabled();
    fireEvent.click(secondUp!);
    expect(send).toHaveBeenLastCalledWith({type: 'AGENDA_MOVE', line: 'jointProvision.purpose.q1', by: -1});
  });

  it("sends SET_LINE_STATUS from a line's done box and from its status select, SET_LINE_OWNER from its owner select, and puts it on the agenda", () => {
    const send = sendSpy();
    const p = small();
    const first = deriveChecklist(p)[0];
    const {container} = render(<PlannerChecklist plan={p} send={send} />);
    openRow(container, `${first.group.kind}:${first.group.id}`);
    const el = line(container, first.id);
    const done = within(el).getByRole('checkbox', {name: `${statusNames.done.ja}: ${first.text.ja}`});
    expect(done).not.toBeChecked();
    fireEvent.click(done);
    expect(send).toHaveBeenLastCalledWith({type: 'SET_LINE_STATUS', line: first.id, status: 'done'});
    fireEvent.change(within(el).getByRole('combobox', {name: new RegExp(`^${columns.status.ja}`)}), {
      target: {value: 'confirm'},
    });
    expect(send).toHaveBeenLastCalledWith({type: 'SET_LINE_STATUS', line: first.id, status: 'confirm'});
    const owner = within(el).getByRole('combobox', {name: new RegExp(`^${columns.owner.ja}`)});
    expect(owner).toHaveValue(first.owner);
    fireEvent.change(owner, {target: {value: 'partner'}});
    expect(send).toHaveBeenLastCalledWith({type: 'SET_LINE_OWNER', line: first.id, owner: 'partner'});
    fireEvent.click(within(el).getByRole('button', {name: `${t.addToAgenda.ja}: ${first.text.ja}`}));
    expect(send).toHaveBeenLastCalledWith({type: 'AGENDA_ADD', lines: [first.id]});
  });

  it('unticking a done line sends it back to open', () => {
    const send = sendSpy();
    const p = small();
    const first = deriveChecklist(p)[0];
    const {container} = render(<PlannerChecklist plan={{...p, lines: {[first.id]: {status: 'done'}}}} send={send} />);
    openRow(container, `${first.group.kind}:${first.group.id}`);
    const done = within(line(container, first.id)).getAllByRole('checkbox')[0];
    expect(done).toBeChecked();
    fireEvent.click(done);
    expect(send).toHaveBeenLastCalledWith({type: 'SET_LINE_STATUS', line: first.id, status: 'open'});
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`names owners from the reader's side: "you" with the name they gave, the others by role and name (${locale})`, () => {
      setTestLocale(locale);
      const p = small({pattern: 'p2', names: {partnership: '', lead: 'Acme', partner: 'Bolt', customer: ''}});
      const first = deriveChecklist(p)[0];
      const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
      openRow(container, `${first.group.kind}:${first.group.id}`);
      const owner = within(line(container, first.id)).getByRole('combobox', {
        name: new RegExp(`^${columns.owner[locale]}`),
      });
      const you = locale === 'ja' ? 'あなた（Acme）' : 'You (Acme)';
      const partner = locale === 'ja' ? `${ownerNames.partner.ja}（Bolt）` : `${ownerNames.partner.en} (Bolt)`;
      expect(within(owner).getByRole('option', {name: you})).toBeInTheDocument();
      expect(within(owner).getByRole('option', {name: partner})).toBeInTheDocument();
      expect(within(owner).getByRole('option', {name: ownerNames.both[locale]})).toBeInTheDocument();
      fireEvent.click(viewRadio(container, 'customer'));
      const call = locale === 'ja' ? '（Acme）' : ' (Acme)';
      expect(container).toHaveTextContent(t.whoToCallP2[locale].replace('{name}', call));
    });
  }

  it("says in words that a question is the site's, where a row mixes the guide's and the site's", () => {
    const p = full();
    const {container} = render(<PlannerChecklist plan={p} send={sendSpy()} />);
    fireEvent.click(button(container, t.expandAll.ja));
    const lines = deriveChecklist(p);
    const siteOnlyRows = checklistRows(lines, p).filter((r) => r.siteOnly);
    expect(siteOnlyRows.length).toBeGreaterThan(0);
    for (const r of siteOnlyRows) expect(rowEl(container, r.key)).toHaveTextContent(sourceExplained.site.ja);
    const guideRow = checklistRows(lines, p).find((r) => r.key === 'agreement:jointProvision')!;
    expect(rowEl(container, guideRow.key)).not.toHaveTextContent(sourceExplained.site.ja);
  });

  it('stresses the personal-information lines of a plan that handles personal information, and not otherwise', () => {
    const withPi = render(<PlannerChecklist plan={full()} send={sendSpy()} />);
    openRow(withPi.container, 'agreement:confidentiality');
    expect(line(withPi.container, 'confidentiality.personalInfo.q1')).toHaveTextContent(
      stressNames.personalInfo.why.ja,
    );
    cleanup();
    const without = render(
      <PlannerChecklist plan={full({data: {personalInfo: false, tradeSecret: false}})} send={sendSpy()} />,
    );
    openRow(without.container, 'agreement:confidentiality');
    expect(line(without.container, 'confidentiality.personalInfo.q1')).not.toHaveTextContent(
      stressNames.personalInfo.why.ja,
    );
  });

  it('offers the options of a question as choices under it, and sends the ones ticked', () => {
    const send = sendSpy();
    const p = small({requirements: ['serverAuth']});
    const {container} = render(<PlannerChecklist plan={p} send={send} />);
    openRow(container, 'requirement:serverAuth');
    const host = line(container, 'tech.serverAuth.c1');
    fireEvent.click(within(host).getByRole('checkbox', {name: 'グローバルIPアドレス制限'}));
    expect(send).toHaveBeenLastCalledWith({
      type: 'SET_LINE_CHOICES',
      line: 'tech.serverAuth.c1',
      choices: ['layer1.1.1'],
    });
    expect(renderedLines(container)).toEqual(['tech.serverAuth.c1']);
  });

  it('shows a note that looks like markup as text, never as markup, and prints every line of it', () => {
    const p = small();
    const first = deriveChecklist(p)[0];
    const note = '<b>bold</b>\n二行目';
    const {container} = render(<PlannerChecklist plan={{...p, lines: {[first.id]: {note}}}} send={sendSpy()} />);
    openRow(container, `${first.group.kind}:${first.group.id}`);
    expect(within(line(container, first.id)).getByRole('textbox')).toHaveValue(note);
    expect(container.querySelector('b')).toBeNull();
    expect([...line(container, first.id).querySelectorAll('p')].some((el) => el.textContent === note)).toBe(true);
  });
});

describe('Planner', () => {
  const stepHeading = () => document.getElementById('planner-step-heading')!;
  const progress = () => screen.getByRole('navigation', {name: t.progress.ja});
  const next = () => screen.getByRole('button', {name: new RegExp(t.next.ja)});
  const ready = () => waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());

  beforeEach(() => {
    freshBrowser();
    window.history.replaceState(null, '', '/planner');
  });

  it('starts at step 1, and will not move on before a role is chosen', () => {
    render(<Planner />);
    expect(stepHeading()).toHaveTextContent(stepNames.about.ja);
    expect(screen.getByText('ステップ 1 / 7')).toBeInTheDocument();
    expect(next()).toHaveAttribute('aria-disabled', 'true');
    expect(next()).toHaveAttribute('aria-describedby', 'planner-needs-answer');
    fireEvent.click(next());
    expect(stepHeading()).toHaveTextContent(stepNames.about.ja);
    fireEvent.click(screen.getByRole('radio', {name: roleNames.lead.ja}));
    expect(next()).toHaveAttribute('aria-disabled', 'false');
    fireEvent.click(next());
    expect(stepHeading()).toHaveTextContent(stepNames.pattern.ja);
    expect(screen.getByText('ステップ 2 / 7')).toBeInTheDocument();
  });

  it('speaks English', () => {
    setTestLocale('en');
    render(<Planner />);
    expect(stepHeading()).toHaveTextContent(stepNames.about.en);
    expect(screen.getByRole('button', {name: /Next/})).toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps unreached steps closed in the progress bar, and goes back to a reached one', () => {
    render(<Planner />);
    const stepButton = (name: string) => within(progress()).getByRole('button', {name});
    // current step and every unreached step are disabled
    for (const step of ['about', 'pattern', 'context', 'review'] as const) {
      expect(stepButton(stepNames[step].ja)).toBeDisabled();
    }
    fireEvent.click(screen.getByRole('radio', {name: roleNames.lead.ja}));
    fireEvent.click(next());
    fireEvent.click(screen.getByRole('radio', {name: patternQuestions.contract.answers.one.ja}));
    fireEvent.click(next());
    expect(stepHeading()).toHaveTextContent(stepNames.context.ja);
    expect(stepButton(stepNames.context.ja)).toHaveAttribute('aria-current', 'step');
    expect(stepButton(stepNames.sales.ja)).toBeDisabled();
    expect(stepButton(stepNames.pattern.ja)).toBeEnabled();
    fireEvent.click(stepButton(stepNames.about.ja));
    expect(stepHeading()).toHaveTextContent(stepNames.about.ja);
    expect(stepHeading()).toHaveFocus();
    // what was reached stays open
    expect(stepButton(stepNames.context.ja)).toBeEnabled();
  });

  it('keeps the plan in the browser from its first answer, as a plan file', async () => {
    render(<Planner />);
    await ready();
    expect(await keptRecords()).toEqual([]);
    fireEvent.click(screen.getByRole('radio', {name: roleNames.partner.ja}));
    await waitFor(async () => expect((await keptPlan())?.role).toBe('partner'));
    const [record] = await keptRecords();
    expect(record!.kind === 'plan' && (JSON.parse(record.record.text) as {format: string}).format).toBe(PLAN_FORMAT);
  });

  it('writes a change that has not been written yet when the reader leaves the page', async () => {
    render(<Planner />);
    await ready();
    fireEvent.click(screen.getByRole('radio', {name: roleNames.partner.ja}));
    await waitFor(async () => expect((await keptPlan())?.role).toBe('partner'));
    // the write that waits for the next frame never comes: only leaving writes
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      fireEvent.click(screen.getByRole('radio', {name: roleNames.customer.ja}));
      await new Promise((r) => setTimeout(r, 50));
      expect((await keptPlan())?.role).toBe('partner');
      window.dispatchEvent(new Event('pagehide'));
      await waitFor(async () => expect((await keptPlan())?.role).toBe('customer'));
    } finally {
      frame.mockRestore();
    }
  });

  it('picks up the plan changed last at the step it was left on', async () => {
    await seedPlan(
      plan({role: 'lead', pattern: 'p1', customerSystems: false, step: 'operation', reached: 'operation'}),
    );
    render(<Planner />);
    await waitFor(() => expect(stepHeading()).toHaveTextContent(stepNames.operation.ja));
    expect(screen.getByText('ステップ 6 / 7')).toBeInTheDocument();
    expect(screen.getByRole('button', {name: new RegExp(t.toChecklist.ja)})).toBeInTheDocument();
    expect(screen.queryByTestId('planner-problem')).toBeNull();
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`says how many kept values it cannot open, keeps each as it was, and still works (${locale})`, async () => {
      setTestLocale(locale);
      const damaged = '{"format":"saas-partnership-plan", oops';
      const newer = {
        format: 1,
        id: 'newer-0001',
        rev: 3,
        savedAt: NOW.toISOString(),
        version: PLAN_VERSION + 1,
        text: serializePlanFile({...toPlanFile(plan({role: 'lead'}), 'ja', NOW), version: PLAN_VERSION + 1}),
        previous: null,
        deletedAt: null,
        origin: null,
      };
      await seedRaw('damaged-0001', damaged);
      await seedRaw('newer-0001', newer);
      render(<Planner />);
      const problem = await screen.findByTestId('planner-problem');
      expect(problem).toHaveTextContent(fill(noticeText.unopenedPlans[locale], {n: 2}));
      fireEvent.click(screen.getByRole('radio', {name: roleNames.customer[locale]}));
      fireEvent.click(screen.getByRole('button', {name: new RegExp(t.next[locale])}));
      expect(stepHeading()).toHaveTextContent(stepNames.pattern[locale]);
      await waitFor(async () => expect((await keptPlan())?.role).toBe('customer'));
      // nothing written over either
      expect(await rawRecord('damaged-0001')).toBe(damaged);
      expect(await rawRecord('newer-0001')).toEqual(newer);
      // the list names what each is, to download as kept
      fireEvent.click(within(problem).getByRole('button', {name: t.showPlans[locale]}));
      const list = await screen.findByTestId('planner-plan-list');
      await waitFor(() =>
        expect(list.querySelectorAll('[data-state="newer"], [data-state="unreadable"]')).toHaveLength(2),
      );
      expect(list.querySelector('[data-state="newer"]')).toHaveTextContent(listText.unopenedNewer[locale]);
      expect(list.querySelector('[data-state="unreadable"]')).toHaveTextContent(errorMessages.notPlan[locale]);
    });
  }

  it("moves the earlier release's plan, the plan it kept to go back to and what it set aside into the list, nothing lost", async () => {
    const mine = plan({role: 'lead', names: {partnership: '以前の版のプラン', lead: '', partner: '', customer: ''}});
    const before = plan({role: 'partner', names: {partnership: '戻る先のプラン', lead: '', partner: '', customer: ''}});
    const legacy = {
      'saas-partnership-planner.plan': serializePlanFile(toPlanFile(mine, 'ja', NOW)),
      'saas-partnership-planner.previous': serializePlanFile(toPlanFile(before, 'ja', new Date('2024-03-01'))),
      'saas-partnership-planner.plan.unreadable.1': '{"format":"saas-partnership-plan","plan":',
    };
    for (const [k, v] of Object.entries(legacy)) window.localStorage.setItem(k, v);
    render(<Planner />);
    await ready();
    expect(screen.getByLabelText('連携（プラン）の名称')).toHaveValue('以前の版のプラン');
    const records = await keptRecords();
    expect(
      records
        .filter((r) => r.kind === 'plan')
        .map((r) => r.kind === 'plan' && r.plan.names.partnership)
        .sort(),
    ).toEqual(['以前の版のプラン', '戻る先のプラン'].sort());
    expect(records.find((r) => r.kind === 'unreadable')).toMatchObject({
      raw: legacy['saas-partnership-planner.plan.unreadable.1'],
    });
    for (const key of Object.keys(legacy)) expect(window.localStorage.getItem(key)).toBeNull();
  });

  it("says so when the browser's storage is full, and keeps working", async () => {
    render(<Planner />);
    await ready();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      fireEvent.click(screen.getByRole('radio', {name: roleNames.lead.ja}));
      await screen.findByText(t.storageFull.ja);
      fireEvent.click(next());
      expect(stepHeading()).toHaveTextContent(stepNames.pattern.ja);
    } finally {
      put.mockRestore();
    }
  });

  it("opens a share link of another partnership as a plan of its own; the reader's plan stays kept, one click away", async () => {
    const mine = plan({role: 'partner', names: {partnership: '自分のプラン', lead: '', partner: '', customer: ''}});
    const shared = plan({role: 'lead', names: {partnership: '共有されたプラン', lead: '', partner: '', customer: ''}});
    await seedPlan({...mine, partnershipId: 'mine-partnership-1'});
    window.history.replaceState(
      null,
      '',
      `/planner#${encodeShareFragment({...shared, partnershipId: 'their-partnership-2'}, 'ja', NOW)}`,
    );
    render(<Planner />);
    const notice = await screen.findByTestId('planner-notice');
    expect(notice).toHaveTextContent(t.loadedLink.ja);
    // the field shows the plan opened once it has rendered it
    await waitFor(() => expect(screen.getByLabelText('連携（プラン）の名称')).toHaveValue('共有されたプラン'));
    expect(screen.getByRole('radio', {name: roleNames.lead.ja})).toBeChecked();
    // the link is consumed, so a reload does not open it again
    expect(window.location.hash).toBe('');
    const beside = await screen.findByTestId('planner-library-notice');
    expect(beside).toHaveTextContent(fill(noticeText.besideOpened.ja, {name: '自分のプラン'}));
    await waitFor(async () =>
      expect((await keptRecords()).map((r) => r.kind === 'plan' && r.plan.names.partnership).sort()).toEqual(
        ['共有されたプラン', '自分のプラン'].sort(),
      ),
    );
    fireEvent.click(within(beside).getByRole('button', {name: fill(noticeText.backTo.ja, {name: '自分のプラン'})}));
    await waitFor(() => expect(screen.getByLabelText('連携（プラン）の名称')).toHaveValue('自分のプラン'));
    expect(screen.getByRole('radio', {name: roleNames.partner.ja})).toBeChecked();
  });

  it('opens a link made before the checksum only as a plan of its own, even of a partnership the reader keeps, and says it could not be checked', async () => {
    const mine = plan({
      role: 'partner',
      partnershipId: 'same-partnership-1',
      names: {partnership: '自分のプラン', lead: '', partner: '', customer: ''},
    });
    await seedPlan(mine);
    const theirs = {...mine, role: 'lead' as const, names: {...mine.names, partnership: 'チェックのないリンク'}};
    const packed = compressToEncodedURIComponent(JSON.stringify(toPlanFile(theirs, 'ja', NOW)));
    window.history.replaceState(null, '', `/planner#plan=${packed}`);
    render(<Planner />);
    const notice = await screen.findByTestId('planner-library-notice');
    expect(notice).toHaveTextContent(noticeText.uncheckedLink.ja);
    // not set beside the reader's plan for comparison: opened, and the reader's plan kept as it was
    expect(screen.queryByTestId('planner-compare')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('連携（プラン）の名称')).toHaveValue('チェックのないリンク'));
    await waitFor(async () =>
      expect((await keptRecords()).map((r) => r.kind === 'plan' && r.plan.names.partnership).sort()).toEqual(
        ['チェックのないリンク', '自分のプラン'].sort(),
      ),
    );
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`refuses a damaged share link and keeps the saved plan (${locale})`, async () => {
      setTestLocale(locale);
      const mine = plan({role: 'partner', names: {partnership: 'Mine', lead: '', partner: '', customer: ''}});
      await seedPlan(mine);
      window.history.replaceState(null, '', '/planner#plan=garbage');
      render(<Planner />);
      const problem = await screen.findByTestId('planner-problem');
      expect(problem).toHaveTextContent(errorMessages.corruptLink[locale]);
      expect(problem).toHaveTextContent(t.refused[locale]);
      expect(screen.queryByTestId('planner-notice')).toBeNull();
      await waitFor(() => expect(screen.getByRole('radio', {name: roleNames.partner[locale]})).toBeChecked());
      expect(screen.getByDisplayValue('Mine')).toBeInTheDocument();
      expect((await keptRecords()).map((r) => r.kind === 'plan' && r.plan.names.partnership)).toEqual(['Mine']);
    });
  }
});

describe('PlannerToolbar', () => {
  const openSpy = () => vi.fn<PlanLibrary['openIncoming']>(async () => undefined);
  const bundleSpy = () => vi.fn<PlanActions['restoreBundle']>(async () => null);
  const actWith = (restoreBundle: PlanActions['restoreBundle']) => async () => ({restoreBundle}) as PlanActions;
  /** The toolbar, handing a plan it opens to `send` and a file of every plan to `restore`. */
  const renderToolbar = (send: PlanLibrary['openIncoming'], restore = bundleSpy()) =>
    render(
      <PlannerToolbar blank={false} latestPlan={plan} openIncoming={send} act={actWith(restore)} saveResult={null} />,
    );
  const open = (content: string) => {
    const input = screen.getByTestId('plan-file-input');
    fireEvent.change(input, {target: {files: [new File([content], 'x.json', {type: 'application/json'})]}});
  };

  for (const locale of ['ja', 'en'] as const) {
    it(`refuses a file that is not JSON, in the page's language (${locale})`, async () => {
      setTestLocale(locale);
      const send = openSpy();
      renderToolbar(send);
      open('this is not json');
      expect(await screen.findByTestId('planner-import-error')).toHaveTextContent(errorMessages.notJson[locale]);
      expect(send).not.toHaveBeenCalled();
    });
  }

  for (const locale of ['ja', 'en'] as const) {
    it(`refuses a plan file that is not UTF-8 with its own message, and one the browser cannot read (${locale})`, async () => {
      setTestLocale(locale);
      const send = openSpy();
      renderToolbar(send);
      const text = serializePlanFile(
        toPlanFile(plan({role: 'lead', names: {partnership: 'ABC', lead: '', partner: '', customer: ''}}), 'ja', NOW),
      );
      const bytes = new TextEncoder().encode(text);
      const at = text.indexOf('ABC');
      // "A" + Shift_JIS あ + "C"
      const sjis = new Uint8Array([...bytes.slice(0, at + 1), 0x82, 0xa0, ...bytes.slice(at + 2)]);
      const input = screen.getByTestId('plan-file-input');
      fireEvent.change(input, {target: {files: [new File([sjis], 'sjis.json', {type: 'application/json'})]}});
      expect(await screen.findByTestId('planner-import-error')).toHaveTextContent(errorMessages.notUtf8[locale]);
      const unreadable = new File(['x'], 'gone.json');
      Object.defineProperty(unreadable, 'arrayBuffer', {
        value: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
      });
      fireEvent.change(input, {target: {files: [unreadable]}});
      await waitFor(() =>
        expect(screen.getByTestId('planner-import-error')).toHaveTextContent(errorMessages.unreadableFile[locale]),
      );
      expect(send).not.toHaveBeenCalled();
    });
  }

  it('opens a plan file', async () => {
    const send = openSpy();
    renderToolbar(send);
    const loaded = plan({role: 'lead', pattern: 'p2', step: 'pattern', reached: 'pattern'});
    open(serializePlanFile(toPlanFile(loaded, 'en', NOW)));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith(loaded, 'file');
    expect(screen.queryByTestId('planner-import-error')).toBeNull();
  });

  // Whatever a reader picks as a plan file, the toolbar either opens a plan
  // the schema accepts, or says why not in the page's language and leaves
  // the plan alone: never both, never neither, never a raw error.
  it(
    'opens a good file or refuses a damaged one with a message, never both (generated files)',
    {timeout: 30_000},
    async () => {
      const valid = serializePlanFile(
        toPlanFile(plan({role: 'lead', pattern: 'p2', names: {...emptyPlan().names, partnership: 'Plan'}}), 'ja', NOW),
      );
      const damaged = fc.oneof(
        fc.nat({max: valid.length - 1}).map((n) => valid.slice(0, n)),
        fc
          .tuple(fc.nat({max: valid.length - 1}), fc.string({minLength: 1, maxLength: 3}))
          .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1)),
        fc
          .constantFrom('<script>alert(1)</script>', '<b>', 'javascript:alert(1)', '\u0000')
          .map((x) => valid.replace('"Plan"', JSON.stringify(x))),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.string(),
      );
      const messages = {
        ja: Object.values(errorMessages).map((m) => m.ja),
        en: Object.values(errorMessages).map((m) => m.en),
      };
      await fc.assert(
        fc.asyncProperty(damaged, fc.constantFrom('ja' as const, 'en' as const), async (content, locale) => {
          setTestLocale(locale);
          const send = openSpy();
          renderToolbar(send);
          open(content);
          const accepted = parsePlanFile(content);
          if (accepted.ok) {
            await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
            expect(send).toHaveBeenCalledWith(accepted.file.plan, 'file');
            expect(screen.queryByTestId('planner-import-error')).toBeNull();
          } else {
            const error = await screen.findByTestId('planner-import-error');
            expect(messages[locale].some((m) => error.textContent!.includes(m))).toBe(true);
            expect(error.textContent).toContain(t.refused[locale]);
            expect(send).not.toHaveBeenCalled();
          }
          cleanup();
        }),
        {numRuns: 150},
      );
    },
  );

  it('refuses a plan from a newer release', async () => {
    setTestLocale('en');
    const send = openSpy();
    renderToolbar(send);
    open(JSON.stringify({...toPlanFile(plan({role: 'lead'}), 'ja', NOW), version: PLAN_VERSION + 1}));
    expect(await screen.findByTestId('planner-import-error')).toHaveTextContent(errorMessages.newerVersion.en);
    expect(send).not.toHaveBeenCalled();
  });

  it('hands a file of every plan to the restore, not to the plan it opens', async () => {
    const send = openSpy();
    const restore = bundleSpy();
    renderToolbar(send, restore);
    const bundle = JSON.stringify({
      format: 'saas-partnership-plans',
      version: 1,
      savedAt: NOW.toISOString(),
      plans: [],
    });
    open(bundle);
    await waitFor(() => expect(restore).toHaveBeenCalledWith(bundle));
    expect(send).not.toHaveBeenCalled();
  });
});
