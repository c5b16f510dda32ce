// @vitest-environment jsdom
/**
 * A step the reader moves to paints its heading and first questions with the
 * click, and the rest (comparison table, further agreements, figures) just
 * after; a step rendered with the page is whole from the start.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {renderToString} from 'react-dom/server';
import Planner from '@site/src/components/Planner';
import PlannerLater, {StepOpenedByReader} from '@site/src/components/Planner/Later';
import {t} from '@site/src/components/Planner/text';
import {nameFieldLabels, patternQuestions, roleNames, stepNames} from '@site/src/planner/strings';
import {NAME_FIELDS} from '@site/src/planner/plan';

type ActGlobal = {IS_REACT_ACT_ENVIRONMENT?: boolean};

afterEach(() => {
  (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = true;
  cleanup();
  window.localStorage.clear();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  for (let i = 0; i < 20; i++) await tick();
};

describe('PlannerLater', () => {
  it('leaves its part out of a step the reader opens, and renders it with the page otherwise', () => {
    const step = (opened: boolean) =>
      renderToString(
        <StepOpenedByReader.Provider value={opened}>
          <p>first</p>
          <PlannerLater>
            <p>rest</p>
          </PlannerLater>
        </StepOpenedByReader.Provider>,
      );
    expect(step(false)).toContain('rest');
    expect(step(true)).toContain('first');
    expect(step(true)).not.toContain('rest');
  });

  it('the planner as served shows its first step whole, names included', () => {
    const html = renderToString(<Planner />);
    for (const field of NAME_FIELDS) expect(html).toContain(nameFieldLabels[field].ja);
  });

  it('moving to the pattern step paints its questions first and the comparison a moment later', async () => {
    render(<Planner />);
    fireEvent.click(screen.getByRole('radio', {name: roleNames.lead.ja}));
    await settle();
    // A plain click, outside act(), so that React schedules its work as it does in a browser.
    (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = false;
    screen.getByRole('button', {name: new RegExp(t.next.ja)}).click();
    // the click's own render: React finishes it before the browser can paint
    await Promise.resolve();
    await Promise.resolve();
    expect(screen.getByRole('heading', {level: 2, name: stepNames.pattern.ja})).toBeInTheDocument();
    expect(screen.getByRole('radio', {name: patternQuestions.contract.answers.one.ja})).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    // then the rest, without anything else from the reader
    await settle();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('heading', {level: 3, name: t.compare.ja})).toBeInTheDocument();
  });

  it('renders the next step out of sight while the reader answers, and shows that same step on Next', async () => {
    const {container} = render(<Planner />);
    const pane = (step: string) => container.querySelector<HTMLElement>(`[data-step-pane="${step}"]`);
    fireEvent.click(screen.getByRole('radio', {name: roleNames.lead.ja}));
    // once the browser is idle, the pattern step waits, hidden, with only its first part
    await waitFor(() => expect(pane('pattern')).not.toBeNull());
    const ahead = pane('pattern')!;
    expect(ahead).toHaveAttribute('aria-hidden', 'true');
    expect(
      within(ahead).getByRole('radio', {name: patternQuestions.contract.answers.one.ja, hidden: true}),
    ).toBeInTheDocument();
    expect(within(ahead).queryByRole('table', {hidden: true})).toBeNull();
    // a reader (or a screen reader) finds only the step on screen
    expect(screen.queryByRole('radio', {name: patternQuestions.contract.answers.one.ja})).toBeNull();

    fireEvent.click(screen.getByRole('button', {name: new RegExp(t.next.ja)}));
    expect(screen.getByRole('heading', {level: 2, name: stepNames.pattern.ja})).toBeInTheDocument();
    expect(pane('pattern')).toBe(ahead);
    expect(ahead).not.toHaveAttribute('aria-hidden');
    expect(screen.getByRole('radio', {name: patternQuestions.contract.answers.one.ja})).toBeInTheDocument();
    // the step left stays hidden for a moment, then goes; the one after comes in hidden
    expect(pane('about')).toHaveAttribute('aria-hidden', 'true');
    await waitFor(() => expect(pane('about')).toBeNull());
    await waitFor(() => expect(pane('context')).toHaveAttribute('aria-hidden', 'true'));
    await waitFor(() => expect(within(ahead).getByRole('table')).toBeInTheDocument());
  });
});
