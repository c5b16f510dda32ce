import {useEffect, useId, useState, type ReactNode} from 'react';
import {valueOptionNames} from '@site/src/catalog/data/agreedValues';
import type {Locale, ValueKind} from '@site/src/catalog/types';
import {
  WEEKDAYS,
  valueProblem,
  type Duration,
  type StoredValue,
  type ValueProblem,
  type WeekHours,
  type Weekday,
} from '@site/src/planner/values';
import {durationUnitNames, weekdayNames} from '@site/src/planner/valueText';
import {useLocale} from '@site/src/hooks/useLocale';
import {fill} from '../text';
import {valuesText as v} from '../Values/text';
import styles from './styles.module.css';

/** Why an input is refused, in words. */
function problemText(problem: ValueProblem, kind: ValueKind, locale: Locale): string {
  switch (problem) {
    case 'outOfRange':
      return kind.type === 'percent'
        ? fill(v.outOfRange[locale], {min: kind.min, max: kind.max})
        : fill(v.outOfRange[locale], {min: 0, max: 100000});
    case 'tooPrecise':
      return fill(v.tooPrecise[locale], {n: kind.type === 'percent' ? kind.decimals : 2});
    case 'badTime':
    case 'noDays':
    case 'emptyRange':
    case 'badRegion':
    case 'badDate':
    case 'notNumber':
      return v[problem][locale];
    default:
      return v.notNumber[locale];
  }
}

/**
 * One agreed value's input, of its kind: a percent, an amount of time and its
 * unit, hours of the week, a choice, region codes or a date. What the reader
 * types stays as typed while it is not yet a value; a value reaches the plan
 * only once it fits (`onCommit`), and clearing the input clears the value.
 */
export default function PlannerValueInput({
  kind,
  value,
  label,
  onCommit,
}: {
  kind: ValueKind;
  value: StoredValue | undefined;
  /** the field's name, for the inputs' labels */
  label: string;
  onCommit: (value: StoredValue | null) => void;
}): ReactNode {
  const locale = useLocale();
  const id = useId();
  const [problem, setProblem] = useState<ValueProblem | null>(null);
  const commit = (next: unknown) => {
    if (next === null) {
      setProblem(null);
      onCommit(null);
      return;
    }
    const found = valueProblem(kind, next);
    setProblem(found);
    if (found === null) onCommit(next as StoredValue);
  };
  const input = (() => {
    switch (kind.type) {
      case 'percent':
        return <NumberInput id={id} label={label} value={value as number | undefined} suffix="%" commit={commit} />;
      case 'duration':
        return (
          <DurationInput id={id} label={label} kind={kind} value={value as Duration | undefined} commit={commit} />
        );
      case 'weekHours':
        return <HoursInput id={id} label={label} value={value as WeekHours | undefined} commit={commit} />;
      case 'choice':
        return (
          <select
            id={id}
            className={styles.select}
            aria-label={label}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => commit(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{v.choose[locale]}</option>
            {kind.options.map((o) => (
              <option key={o} value={o}>
                {valueOptionNames[o]?.[locale] ?? o}
              </option>
            ))}
          </select>
        );
      case 'regions':
        return <RegionsInput id={id} label={label} value={value as string[] | undefined} commit={commit} />;
      case 'date':
        return (
          <input
            id={id}
            type="date"
            className={styles.input}
            aria-label={label}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => commit(e.target.value === '' ? null : e.target.value)}
          />
        );
    }
  })();
  return (
    <div className={styles.value} aria-invalid={problem !== null}>
      {input}
      {problem && (
        <span className={styles.problem} role="alert">
          {problemText(problem, kind, locale)}
        </span>
      )}
    </div>
  );
}

/** A draft that follows the value kept, unless the reader is midway through typing one that does not fit yet. */
function useDraft(kept: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(kept);
  useEffect(() => setDraft(kept), [kept]);
  return [draft, setDraft];
}

/** An amount as typed: half- or full-width digits with an optional decimal part; NaN for anything else; null when empty. */
function amountOf(text: string): number | null {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** A number's box, its draft kept as typed; `onAmount` hears every change. */
function AmountField({
  id,
  label,
  kept,
  onAmount,
}: {
  id?: string;
  label: string;
  kept: number | undefined;
  onAmount: (amount: number | null, draft: string) => void;
}): ReactNode {
  const [draft, setDraft] = useDraft(kept === undefined ? '' : String(kept));
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      className={styles.number}
      aria-label={label}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onAmount(amountOf(e.target.value), e.target.value);
      }}
    />
  );
}

function NumberInput({
  id,
  label,
  value,
  suffix,
  commit,
}: {
  id: string;
  label: string;
  value: number | undefined;
  suffix: string;
  commit: (value: unknown) => void;
}): ReactNode {
  return (
    <span className={styles.inline}>
      <AmountField id={id} label={label} kept={value} onAmount={(amount) => commit(amount)} />
      <span aria-hidden="true">{suffix}</span>
    </span>
  );
}

function DurationInput({
  id,
  label,
  kind,
  value,
  commit,
}: {
  id: string;
  label: string;
  kind: Extract<ValueKind, {type: 'duration'}>;
  value: Duration | undefined;
  commit: (value: unknown) => void;
}): ReactNode {
  const locale = useLocale();
  const [unit, setUnit] = useState(value?.unit ?? kind.units[0]!);
  useEffect(() => {
    if (value) setUnit(value.unit);
  }, [value]);
  const [amount, setAmount] = useState<number | null>(value?.amount ?? null);
  const send = (a: number | null, u: typeof unit) => commit(a === null ? null : {amount: a, unit: u});
  return (
    <span className={styles.inline}>
      <AmountField
        id={id}
        label={`${label}: ${v.amount[locale]}`}
        kept={value?.amount}
        onAmount={(a) => {
          setAmount(a);
          send(a, unit);
        }}
      />
      <select
        className={styles.select}
        aria-label={`${label}: ${v.unit[locale]}`}
        value={unit}
        onChange={(e) => {
          const u = e.target.value as typeof unit;
          setUnit(u);
          send(amount, u);
        }}
      >
        {kind.units.map((u) => (
          <option key={u} value={u}>
            {durationUnitNames[u][locale]}
          </option>
        ))}
      </select>
    </span>
  );
}

function HoursInput({
  id,
  label,
  value,
  commit,
}: {
  id: string;
  label: string;
  value: WeekHours | undefined;
  commit: (value: unknown) => void;
}): ReactNode {
  const locale = useLocale();
  const [draft, setDraft] = useState<WeekHours>(value ?? {days: [], from: '', to: ''});
  useEffect(() => {
    if (value) setDraft(value);
  }, [value]);
  const change = (next: WeekHours) => {
    setDraft(next);
    if (next.days.length === 0 && next.from === '' && next.to === '') commit(null);
    else commit({...next, days: WEEKDAYS.filter((d) => next.days.includes(d))});
  };
  const toggle = (day: Weekday) =>
    change({...draft, days: draft.days.includes(day) ? draft.days.filter((d) => d !== day) : [...draft.days, day]});
  return (
    <span className={styles.hours}>
      <span className={styles.days} role="group" aria-label={`${label}: ${v.days[locale]}`}>
        {WEEKDAYS.map((day) => (
          <label key={day} className={styles.day}>
            <input type="checkbox" checked={draft.days.includes(day)} onChange={() => toggle(day)} />
            {weekdayNames[day][locale]}
          </label>
        ))}
      </span>
      <span className={styles.inline}>
        <input
          id={id}
          type="time"
          step={900}
          className={styles.time}
          aria-label={`${label}: ${v.from[locale]}`}
          value={draft.from}
          onChange={(e) => change({...draft, from: e.target.value})}
        />
        <span aria-hidden="true">{locale === 'ja' ? '〜' : '–'}</span>
        <input
          type="time"
          step={900}
          className={styles.time}
          aria-label={`${label}: ${v.to[locale]}`}
          value={draft.to === '24:00' ? '00:00' : draft.to}
          onChange={(e) =>
            change({...draft, to: e.target.value === '00:00' && draft.from === '00:00' ? '24:00' : e.target.value})
          }
        />
        <button
          type="button"
          className="button button--sm button--link"
          onClick={() => change({days: [...WEEKDAYS], from: '00:00', to: '24:00'})}
        >
          {v.allDay[locale]}
        </button>
      </span>
    </span>
  );
}

function RegionsInput({
  id,
  label,
  value,
  commit,
}: {
  id: string;
  label: string;
  value: string[] | undefined;
  commit: (value: unknown) => void;
}): ReactNode {
  const locale = useLocale();
  const [draft, setDraft] = useDraft(value?.join(', ') ?? '');
  return (
    <input
      id={id}
      type="text"
      className={styles.input}
      aria-label={label}
      placeholder={v.regionsHint[locale]}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const codes = e.target.value
          .split(/[\s,、，]+/)
          .filter(Boolean)
          .map((c) => c.toUpperCase());
        commit(codes.length === 0 ? null : codes);
      }}
    />
  );
}
