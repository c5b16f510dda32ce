/**
 * Both languages for an export: the pairs the build writes put back the half
 * of each text a language's build leaves out, exactly where it was.
 */
import {describe, expect, it} from 'vitest';
import {agreements} from '@site/src/catalog';
import {completeTexts, planTextPairs} from '@site/src/planner/bilingual';
import {columns, statusNames} from '@site/src/planner/strings';

describe('the other language, put back', () => {
  it('names every text of the catalog and the planner by a path, both halves given', () => {
    const pairs = planTextPairs();
    const values = Object.values(pairs);
    expect(values.length).toBeGreaterThan(500);
    expect(values.every(([ja, en]) => ja !== '' && en !== '')).toBe(true);
    // the question of a line and a column heading are among them
    const question = agreements[0]!.items[0]!.questions[0]!.text;
    expect(values).toContainEqual([question.ja, question.en]);
    expect(values).toContainEqual([columns.text.ja, columns.text.en]);
  });

  it('fills exactly the emptied halves, as a language build leaves them, and nothing else', () => {
    const pairs = planTextPairs();
    const question = agreements[0]!.items[0]!.questions[0]!.text as {ja: string; en: string};
    const status = statusNames.confirm as {ja: string; en: string};
    const saved = {q: question.en, s: status.ja};
    try {
      // as the Japanese build ships the question, and the English build the status
      question.en = '';
      status.ja = '';
      expect(completeTexts(pairs)).toBe(2);
      expect(question.en).toBe(saved.q);
      expect(status.ja).toBe(saved.s);
      expect(completeTexts(pairs)).toBe(0);
    } finally {
      question.en = saved.q;
      status.ja = saved.s;
    }
  });
});
