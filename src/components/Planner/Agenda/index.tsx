import {memo, type ReactNode} from 'react';
import {phases} from '@site/src/catalog';
import {ownersOf, viewLines, type ChecklistLine} from '@site/src/planner/checklist';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {LIMITS, LINE_STATUSES, type Plan} from '@site/src/planner/plan';
import {bracketed, columns, ownerLabel, statusNames, titled} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import ChecklistRef from '@site/src/components/ChecklistRef';
import PlannerTextField from '@site/src/components/Planner/TextField';
import {fill, t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/**
 * The next meeting: its date and attendees, the lines on its agenda in the
 * reader's order, and a decision or outcome recorded against each. Lines are
 * put on it in bulk (those to confirm, the open lines of a phase, those the
 * other party owns) or one by one from the checklist.
 */
function PlannerAgenda({plan, lines, send}: {plan: Plan; lines: ChecklistLine[]; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const agenda = viewLines(lines, 'agenda', plan);
  const on = new Set(plan.meeting.agenda);
  const notOn = lines.filter((l) => !on.has(l.id));
  const mine = new Set(ownersOf(plan.role));
  // (only the page's language is at hand: a build leaves the other half of every text out)
  const phaseName = (name: {ja: string; en: string}) => (locale === 'en' ? name.en.toLowerCase() : name.ja);
  const preset = (key: string, template: string, matching: ChecklistLine[], phase = '') => ({
    key,
    lines: matching,
    label: fill(template, {n: matching.length, phase}),
  });
  const presets = [
    preset(
      'confirm',
      t.agendaAddConfirm[locale],
      notOn.filter((l) => l.status === 'confirm'),
    ),
    ...phases.map((p) =>
      preset(
        `open-${p.id}`,
        t.agendaAddOpen[locale],
        notOn.filter((l) => l.phase === p.id && l.status === 'open'),
        phaseName(p.name),
      ),
    ),
    // the other provider's lines: what to ask them about
    ...(plan.role === 'lead' || plan.role === 'partner'
      ? [
          preset(
            'others',
            t.agendaAddOthers[locale],
            notOn.filter((l) => !mine.has(l.owner) && l.owner !== 'customer'),
          ),
        ]
      : []),
  ];
  return (
    <section className={styles.agenda} aria-labelledby="planner-meeting">
      <h3 id="planner-meeting">{t.meetingHeading[locale]}</h3>
      <div className={styles.meeting}>
        <label className={styles.date}>
          <span>{t.meetingDate[locale]}</span>
          <input
            type="date"
            value={plan.meeting.date}
            onChange={(e) => send({type: 'SET_MEETING', field: 'date', value: e.target.value})}
          />
          <span className={plan.meeting.date ? styles.printed : `${styles.printed} ${styles.blank}`}>
            {plan.meeting.date || t.meetingDateBlank[locale]}
          </span>
        </label>
        <div className={styles.attendees}>
          <PlannerTextField
            label={t.attendees[locale]}
            value={plan.meeting.attendees}
            max={LIMITS.attendees}
            onChange={(value) => send({type: 'SET_MEETING', field: 'attendees', value})}
          />
          {/* room to write the attendees by hand on the printout */}
          {!plan.meeting.attendees.trim() && (
            <div className={styles.writeHere} aria-hidden="true" data-write-in="attendees" />
          )}
        </div>
      </div>

      <div className={styles.presets} role="group" aria-label={t.agendaAdd[locale]}>
        <span className={styles.presetsLabel}>{titled(t.agendaAdd[locale], '', locale)}</span>
        {presets.map((p) => (
          <button
            key={p.key}
            type="button"
            className="button button--sm button--outline button--primary"
            disabled={p.lines.length === 0}
            onClick={() => send({type: 'AGENDA_ADD', lines: p.lines.map((l) => l.id)})}
          >
            {p.label}
          </button>
        ))}
        {agenda.length > 0 && (
          <button type="button" className="button button--sm button--link" onClick={() => send({type: 'AGENDA_CLEAR'})}>
            {t.agendaClear[locale]}
          </button>
        )}
      </div>

      <p className={styles.count} aria-live="polite">
        {fill(t.agendaCount[locale], {n: agenda.length})}
      </p>
      {agenda.length === 0 ? (
        <p>{t.agendaEmpty[locale]}</p>
      ) : (
        <ol className={styles.items}>
          {agenda.map((line, i) => (
            <li key={line.id} className={styles.item} data-agenda-line={line.id}>
              <div className={styles.what}>
                <p className={styles.context}>
                  {line.group.name[locale]} — {line.item[locale]}{' '}
                  <ChecklistRef figure={line.figure} related={line.group.related} />
                </p>
                <p className={styles.text}>{line.text[locale]}</p>
                <p className={styles.meta}>
                  {titled(columns.owner[locale], ownerLabel(line.owner, plan, locale), locale)}
                  {line.note && (
                    <>
                      {' · '}
                      {titled(columns.note[locale], '', locale)}
                      <span className={styles.noteText}>{line.note}</span>
                    </>
                  )}
                </p>
              </div>
              <div className={styles.record}>
                <label className={styles.status}>
                  <span>{columns.status[locale]}</span>
                  <select
                    value={line.status}
                    onChange={(e) =>
                      send({type: 'SET_LINE_STATUS', line: line.id, status: e.target.value as ChecklistLine['status']})
                    }
                  >
                    {LINE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {statusNames[s][locale]}
                      </option>
                    ))}
                  </select>
                  <span className={styles.printed}>{statusNames[line.status][locale]}</span>
                </label>
                <div className={styles.outcome}>
                  <PlannerTextField
                    label={`${t.outcomeLabel[locale]}${bracketed(String(i + 1), locale)}`}
                    multiline
                    value={line.outcome}
                    max={LIMITS.note}
                    onChange={(outcome) => send({type: 'SET_LINE_OUTCOME', line: line.id, outcome})}
                  />
                  {/* room to write by hand on the printout */}
                  <div className={styles.writeHere} aria-hidden="true" />
                </div>
                <div className={styles.order}>
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    disabled={i === 0}
                    onClick={() => send({type: 'AGENDA_MOVE', line: line.id, by: -1})}
                    aria-label={`${t.moveUp[locale]}: ${line.text[locale]}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    disabled={i === agenda.length - 1}
                    onClick={() => send({type: 'AGENDA_MOVE', line: line.id, by: 1})}
                    aria-label={`${t.moveDown[locale]}: ${line.text[locale]}`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--sm button--link"
                    onClick={() => send({type: 'AGENDA_REMOVE', line: line.id})}
                    aria-label={`${t.removeFromAgenda[locale]}: ${line.text[locale]}`}
                  >
                    {t.removeFromAgenda[locale]}
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default memo(PlannerAgenda);
