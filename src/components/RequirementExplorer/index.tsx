import {useRef, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';
import {labels, techRequirements, type Locale, type TechRequirement} from '@site/src/catalog';
import {
  explorerIntent,
  pickedRequirements,
  requirementDetail,
  requirementExplorerMachine,
  requirementLineCount,
  requirementLineCounts,
} from '@site/src/planner/widgets/requirementExplorer';
import {useLocale} from '@site/src/hooks/useLocale';
import {useEarlyInput} from '@site/src/hooks/useEarlyInput';
import ContinueInPlanner from '@site/src/components/ContinueInPlanner';
import FigureLink from '@site/src/components/FigureLink';
import Term from '@site/src/components/Term';
import {fill} from '@site/src/components/Planner/text';
import {t} from './text';
import styles from './styles.module.css';

/** The detail figure of one requirement (図表19, 20 or 22), when the guide has one. */
function Detail({requirement, locale}: {requirement: TechRequirement; locale: Locale}): ReactNode {
  const detail = requirementDetail(requirement);
  if (!detail) return null;
  const sep = locale === 'ja' ? '、' : ', ';
  switch (detail.figure) {
    case 19:
      return (
        <>
          <p className={styles.label}>
            {labels.task[locale]} (<FigureLink n={19} />)
          </p>
          <ol className={styles.list}>
            {detail.tasks.map((task) => (
              <li key={task.no}>
                <strong>{task.task[locale]}</strong>: {task.summary[locale]}
              </li>
            ))}
          </ol>
        </>
      );
    case 20:
      return (
        <>
          <p className={styles.label}>
            {labels.authTechniques[locale]} (<FigureLink n={20} />)
          </p>
          <ol className={styles.list}>
            {detail.layers.map((layer) => (
              <li key={layer.no}>
                <strong>{layer.layer[locale]}</strong>
                <ul>
                  {layer.groups.map((group, i) => (
                    <li key={i}>
                      {group.heading && <>{group.heading[locale]}: </>}
                      {group.techniques.map((x) => x[locale]).join(sep)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      );
    case 22:
      return (
        <>
          <p className={styles.label}>
            {labels.logItem[locale]} (<FigureLink n={22} />)
          </p>
          <ol className={styles.list}>
            {detail.items.map((item) => (
              <li key={item.no}>{item.name[locale]}</li>
            ))}
          </ol>
        </>
      );
  }
}

/**
 * Chapter 3(3), after 図表18: pick technical requirements and see what each
 * needs (図表18, with 図表19, 20 and 22 where they detail it) and how many
 * lines the planner's checklist gets for them.
 */
export default function RequirementExplorer(): ReactNode {
  const locale = useLocale();
  const actor = useActorRef(requirementExplorerMachine);
  const context = useSelector(actor, (s) => s.context);
  const picked = pickedRequirements(context);
  const counts = requirementLineCounts(context);
  const empty = picked.length === 0;
  const root = useRef<HTMLDivElement>(null);
  useEarlyInput(root);
  return (
    <div ref={root} className={styles.explorer}>
      <fieldset className={styles.fieldset}>
        <legend>
          {t.legend[locale]} (<FigureLink n={18} />)
        </legend>
        <ul className={styles.choices}>
          {techRequirements.map((r) => (
            <li key={r.id}>
              <label className={styles.pick}>
                <input
                  type="checkbox"
                  checked={context.picked.includes(r.id)}
                  onChange={(e) => actor.send({type: 'TOGGLE', requirement: r.id, picked: e.target.checked})}
                />
                <span>{r.name[locale]}</span>
              </label>
            </li>
          ))}
        </ul>
        {/* aria-disabled rather than disabled, so focus stays on the button once it has cleared */}
        <button
          type="button"
          className={`button button--sm button--outline button--secondary ${styles.clear}`}
          aria-disabled={empty ? 'true' : undefined}
          onClick={() => actor.send({type: 'CLEAR'})}
        >
          {t.clear[locale]}
        </button>
      </fieldset>

      <section className={styles.result} aria-live="polite" aria-label={t.result[locale]}>
        {empty ? (
          <p className={styles.summary}>{t.none[locale]}</p>
        ) : (
          <>
            <p className={styles.summary}>
              {fill(t.summary[locale], {picked: picked.length, lines: requirementLineCount(context)})}
            </p>
            {picked.map((r) => (
              <article key={r.id} className={styles.card} data-requirement={r.id}>
                <h3 className={styles.name}>
                  <Term text={r.name} />
                </h3>
                <p className={styles.count}>{fill(t.lines[locale], {lines: counts[r.id] ?? 0})}</p>
                <p className={styles.label}>
                  {labels.techConsiderations[locale]} (<FigureLink n={18} />)
                </p>
                <ul className={styles.list}>
                  {r.considerations.map((c, i) => (
                    <li key={i}>{c[locale]}</li>
                  ))}
                </ul>
                <Detail requirement={r} locale={locale} />
              </article>
            ))}
          </>
        )}
      </section>

      <ContinueInPlanner intent={explorerIntent(context)} />
    </div>
  );
}
