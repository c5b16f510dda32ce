import {useId, useMemo, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import {getAgreement, labels, patterns} from '@site/src/catalog';
import {
  confirmGroups,
  continueIntent,
  customerCheckMachine,
  faultContact,
  watchTopics,
  type ConfirmGroup,
} from '@site/src/planner/widgets/customerCheck';
import {useLocale} from '@site/src/hooks/useLocale';
import type {Locale} from '@site/src/catalog/types';
import PlannerChoice from '@site/src/components/Planner/Choice';
import ContinueInPlanner from '@site/src/components/ContinueInPlanner';
import FigureLink from '@site/src/components/FigureLink';
import {fill, t as plannerText} from '@site/src/components/Planner/text';
import {contactLabels, patternLabels, t} from './text';
import styles from './styles.module.css';

/** One agreement's questions, folded: its name and count, the figure and the items inside. */
function Group({group, open, locale}: {group: ConfirmGroup; open: boolean; locale: Locale}): ReactNode {
  return (
    <details className={styles.group} open={open} data-agreement={group.agreement}>
      <summary>
        <span className={styles.groupName}>{group.name[locale]}</span>{' '}
        <span className={styles.count}>{fill(t.count[locale], {n: group.count})}</span>
        {locale === 'en' && (
          <span className={styles.original} lang="ja">
            {group.name.ja}
          </span>
        )}
      </summary>
      <p className={styles.ref}>
        <FigureLink n={group.figure} />
      </p>
      {group.sections.map((section, s) => (
        <div key={s}>
          {section.variant && <p className={styles.variant}>{section.variant[locale]}</p>}
          <ul className={styles.items}>
            {section.items.map((block) => (
              <li key={block.lines[0]!.id}>
                <strong className={styles.item}>{block.item[locale]}</strong>
                <ul className={styles.questions}>
                  {block.lines.map((line) => (
                    <li key={line.id} data-line={line.id}>
                      {line.text[locale]}
                      {line.source === 'site' && (
                        <>
                          {' '}
                          <span className={styles.site} title={labels.siteQuestion[locale]}>
                            {labels.siteQuestionShort[locale]}
                          </span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

/**
 * The customer check: the customer's contract pattern and whether their own
 * systems connect to the service, and what follows from them — the questions
 * to put to the providers, what 図表31 says to watch, and whom to call.
 */
export default function CustomerCheck(): ReactNode {
  const locale = useLocale();
  const id = useId();
  const actor = useActorRef(customerCheckMachine, {input: {}});
  const context = useSelector(actor, (s) => s.context);
  const groups = useMemo(() => confirmGroups(context), [context]);
  const total = groups.reduce((n, g) => n + g.count, 0);
  const hasSite = groups.some((g) => g.siteCount > 0);
  const fault = faultContact(context);
  const topics = watchTopics(context);
  const nda = getAgreement('customerNda');
  return (
    <section className={styles.widget} aria-labelledby={`${id}-heading`} data-widget="customerCheck">
      <h3 id={`${id}-heading`} className={styles.heading}>
        {t.heading[locale]}
      </h3>
      <div className={styles.controls}>
        <PlannerChoice
          name={`${id}-pattern`}
          legend={
            <>
              {t.patternLegend[locale]} (<FigureLink n={4} />)
            </>
          }
          value={context.pattern}
          choices={patterns.map((p) => ({
            value: p.id,
            label: patternLabels[p.id][locale],
            hint: <FigureLink n={p.figure} />,
          }))}
          onChange={(pattern) => actor.send({type: 'CHOOSE_PATTERN', pattern})}
        />
        <PlannerChoice
          name={`${id}-systems`}
          legend={t.systemsLegend[locale]}
          value={context.customerSystems ? 'yes' : 'no'}
          choices={[
            {
              value: 'yes',
              label: t.yes[locale],
              hint: (
                <>
                  {nda.name[locale]} (<FigureLink n={nda.figure} />)
                </>
              ),
            },
            {value: 'no', label: t.no[locale]},
          ]}
          onChange={(v) => actor.send({type: 'SET_CUSTOMER_SYSTEMS', value: v === 'yes'})}
        />
      </div>

      <div className={styles.result} aria-live="polite">
        <h4 className={styles.subheading}>{t.confirmHeading[locale]}</h4>
        <p className={styles.summary}>{fill(t.confirmSummary[locale], {n: total, groups: groups.length})}</p>
        {hasSite && (
          <p className={styles.legend}>
            <span className={styles.site}>{labels.siteQuestionShort[locale]}</span> {labels.siteQuestion[locale]}
          </p>
        )}
        {groups.map((group, i) => (
          <Group key={group.agreement} group={group} open={i === 0} locale={locale} />
        ))}

        <h4 className={styles.subheading}>
          {t.watchHeading[locale]} (<FigureLink n={31} />)
        </h4>
        <div className={styles.whoToCall} data-contact={fault.contact}>
          <h5>{plannerText.whoToCall[locale]}</h5>
          <p className={styles.contact}>{contactLabels[fault.contact][locale]}</p>
          <p className={styles.topic}>{fault.topic[locale]}</p>
          <ul>
            {fault.points.map((point, i) => (
              <li key={i}>{point[locale]}</li>
            ))}
          </ul>
        </div>
        {topics.map((topic) => (
          <div key={topic.id} className={styles.watch}>
            <h5>{topic.topic[locale]}</h5>
            <ul>
              {topic.points.map((point, i) => (
                <li key={i}>{point[locale]}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      <ContinueInPlanner intent={continueIntent(context)} />
    </section>
  );
}
