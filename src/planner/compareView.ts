/**
 * A comparison set out as the checklist is: answers first, then each row's
 * changed lines in checklist order (named as the checklist names them, with
 * who last changed each in either version), the meeting, the contacts. Pure;
 * kept apart from compare.ts so that it loads only with the comparison.
 */
import {deriveChecklist, type ChecklistGroup, type ChecklistLine} from './checklist';
import type {Change} from './compare';
import type {EditStamp, Plan} from './plan';

/** A checklist line's changes, under the line as the checklist names it. */
export interface LineChanges {
  id: string;
  /** the line as either plan's checklist has it; null for a line neither checklist holds now */
  line: Pick<ChecklistLine, 'item' | 'text' | 'choices' | 'defaultOwner'> | null;
  changes: Change[];
  /** who last changed it, in each version */
  mine: EditStamp | null;
  theirs: EditStamp | null;
}

/** The changes set out as the checklist is: answers first, then each row's lines in checklist order, the meeting, the contacts, the values. */
export interface ComparisonView {
  answers: Change[];
  groups: {group: ChecklistGroup | null; lines: LineChanges[]}[];
  meeting: Change[];
  contacts: Change[];
  /** agreed values, and the parties' marks that they agreed the plan */
  values: Change[];
}

export function comparisonView(mine: Plan, theirs: Plan, changes: readonly Change[]): ComparisonView {
  // the reader's checklist first, then the lines only the other party's answers call for
  const ordered: ChecklistLine[] = [];
  const seen = new Set<string>();
  for (const line of [...deriveChecklist(mine), ...deriveChecklist(theirs)]) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    ordered.push(line);
  }
  const byLine = new Map<string, Change[]>();
  for (const c of changes) if (c.area === 'line') byLine.set(c.line!, [...(byLine.get(c.line!) ?? []), c]);
  const groups: ComparisonView['groups'] = [];
  const groupOf = new Map<string, ComparisonView['groups'][number]>();
  const entry = (id: string, line: ChecklistLine | null): LineChanges => ({
    id,
    line,
    changes: byLine.get(id)!,
    mine: mine.edits[id] ?? null,
    theirs: theirs.edits[id] ?? null,
  });
  for (const line of ordered) {
    if (!byLine.has(line.id)) continue;
    const key = `${line.group.kind}:${line.group.id}:${line.phase}`;
    let group = groupOf.get(key);
    if (!group) {
      group = {group: line.group, lines: []};
      groupOf.set(key, group);
      groups.push(group);
    }
    group.lines.push(entry(line.id, line));
  }
  // a line state neither plan's checklist shows now (the answers that call for it were changed)
  const rest = [...byLine.keys()].filter((id) => !seen.has(id));
  if (rest.length > 0) groups.push({group: null, lines: rest.map((id) => entry(id, null))});
  return {
    answers: changes.filter((c) => c.area === 'answer'),
    groups,
    meeting: changes.filter((c) => c.area === 'meeting'),
    contacts: changes.filter((c) => c.area === 'contact'),
    values: changes.filter((c) => c.area === 'value' || c.area === 'mark'),
  };
}
