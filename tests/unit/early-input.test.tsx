// @vitest-environment jsdom
/**
 * The page paints before its scripts run. What a reader does to a widget in
 * that moment (a radio picked, a box ticked, a name typed) must be what the
 * widget holds once it is interactive, not only what the field shows.
 */
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {waitFor} from '@testing-library/react';
import {act, type ReactElement} from 'react';
import {hydrateRoot, type Root} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import PatternComparison from '@site/src/components/PatternComparison';
import AgreementExplorer from '@site/src/components/AgreementExplorer';
import RequirementExplorer from '@site/src/components/RequirementExplorer';
import SecurityPatternFinder from '@site/src/components/SecurityPatternFinder';
import Planner from '@site/src/components/Planner';
import {techRequirements} from '@site/src/catalog';
import {decodeIntent} from '@site/src/planner/intent';
import {freshBrowser, keptPlan} from '../support/plansStore';
import {setTestLocale} from '../support/useDocusaurusContext';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
beforeEach(() => freshBrowser());
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  freshBrowser();
  setTestLocale('ja');
});

/** Server-renders `element`, lets `early` act on the page before scripts run, then hydrates it. */
async function hydrateAfter(element: ReactElement, early: (page: HTMLElement) => void): Promise<HTMLElement> {
  const page = document.createElement('div');
  page.innerHTML = renderToString(element);
  document.body.append(page);
  early(page);
  await act(async () => {
    root = hydrateRoot(page, element, {
      onRecoverableError: (e) => {
        throw e;
      },
    });
  });
  return page;
}

const input = (page: HTMLElement, selector: string) => page.querySelector(selector) as HTMLInputElement;
const continueIntent = (page: HTMLElement) =>
  decodeIntent(page.querySelector('a[href*="/planner#"]')!.getAttribute('href')!.split('#')[1]);

/** Types into a field that React does not handle yet: the browser alone changes it. */
function typeEarly(field: HTMLInputElement, text: string) {
  field.value = text;
}

describe('a choice made before the page is interactive', () => {
  it('pattern comparison: the pattern picked is shown and carried to the planner', async () => {
    const page = await hydrateAfter(<PatternComparison />, (p) => input(p, 'input[value="p2"]').click());
    expect(input(page, 'input[value="p2"]').checked).toBe(true);
    expect(input(page, 'input[value="p1"]').checked).toBe(false);
    expect(page.querySelector('[data-pattern]')!.getAttribute('data-pattern')).toBe('p2');
    expect(continueIntent(page)).toEqual({pattern: 'p2'});
    // and the reader can go back to the first pattern
    await act(async () => input(page, 'input[value="p1"]').click());
    expect(page.querySelector('[data-pattern]')!.getAttribute('data-pattern')).toBe('p1');
  });

  it('agreement explorer: a phase filter picked and an optional agreement ticked or unticked are both taken', async () => {
    let box = {agreement: '', wasTicked: false};
    const page = await hydrateAfter(<AgreementExplorer />, (p) => {
      input(p, 'input[type="radio"][value="introduction"]').click();
      const option = p.querySelector<HTMLInputElement>('[data-agreement] input[type="checkbox"]')!;
      box = {agreement: option.closest('[data-agreement]')!.getAttribute('data-agreement')!, wasTicked: option.checked};
      option.click();
    });
    expect(input(page, 'input[type="radio"][value="introduction"]').checked).toBe(true);
    const cards = [...page.querySelectorAll('[data-agreement]')];
    expect(cards.length).toBeGreaterThan(0);
    // the list is filtered to the phase picked: every card names it
    for (const card of cards) expect(card.textContent).toContain('導入段階');
    const intent = continueIntent(page);
    expect(intent[box.wasTicked ? 'declined' : 'agreements']).toContain(box.agreement);
    expect(intent[box.wasTicked ? 'agreements' : 'declined'] ?? []).not.toContain(box.agreement);
  });

  it('requirement explorer: each box ticked or unticked early is explained and carried', async () => {
    let expected: string[] = [];
    const page = await hydrateAfter(<RequirementExplorer />, (p) => {
      const boxes = [...p.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      // change the first two boxes, whatever the widget starts with
      boxes[0].click();
      boxes[1].click();
      expected = boxes.flatMap((b, i) => (b.checked ? [i] : [])).map(String);
    });
    const boxes = [...page.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.flatMap((b, i) => (b.checked ? [String(i)] : []))).toEqual(expected);
    // the boxes follow the catalog's order
    const ids = expected.map((i) => techRequirements[Number(i)].id);
    expect([...page.querySelectorAll('[data-requirement]')].map((el) => el.getAttribute('data-requirement'))).toEqual(
      ids,
    );
    expect(continueIntent(page).requirements ?? []).toEqual(ids);
  });

  it('security pattern finder: both answers given early lead to their pattern', async () => {
    const page = await hydrateAfter(<SecurityPatternFinder />, (p) => {
      const radios = p.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[radios.length - 1].click();
      p.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    });
    const radios = [...page.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const security = continueIntent(page).security!;
    expect(radios[0].checked && radios[radios.length - 1].checked).toBe(true);
    expect(security.confidentiality).toBe(radios[0].value);
    expect(security.availability).toBe(radios[radios.length - 1].value);
  });

  it('planner: a role picked and a name typed early are in the plan it saves', async () => {
    setTestLocale('en');
    const page = await hydrateAfter(<Planner />, (p) => {
      input(p, 'input[value="partner"]').click();
      typeEarly(p.querySelector<HTMLInputElement>('input[type="text"]')!, 'Example KK');
    });
    expect(input(page, 'input[value="partner"]').checked).toBe(true);
    expect(page.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('Example KK');
    await waitFor(async () => expect((await keptPlan())?.role).toBe('partner'));
    expect(Object.values((await keptPlan())!.names)).toContain('Example KK');
  });

  it('planner: a saved plan still opens, and the page shows it rather than the early pick', async () => {
    const first = await hydrateAfter(<Planner />, (p) => input(p, 'input[value="customer"]').click());
    await waitFor(async () => expect((await keptPlan())?.role).toBe('customer'));
    act(() => root?.unmount());
    first.remove();
    const page = await hydrateAfter(<Planner />, (p) => input(p, 'input[value="lead"]').click());
    // what is on screen and what is saved agree
    await waitFor(() => expect(page.querySelector('[data-ready="true"]')).not.toBeNull());
    const checked = page.querySelector<HTMLInputElement>('input[name="planner-role"]:checked');
    await waitFor(async () => expect(checked?.value).toBe((await keptPlan())?.role));
  });
});
