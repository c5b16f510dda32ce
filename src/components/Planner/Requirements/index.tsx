import type {ReactNode} from 'react';
import {authLayers, figureRef, labels, logItems, masterDataTasks, techRequirements} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan} from '@site/src/planner/plan';
import {useLocale} from '@site/src/hooks/useLocale';
import Term from '@site/src/components/Term';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** 図表18's requirements to pick from, each opening what it needs (図表19, 20, 22). */
export default function PlannerRequirements({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t.requirements[locale]}</legend>
      <p className={styles.hint}>{t.requirementsHint[locale]}</p>
      {techRequirements.map((r) => {
        const chosen = plan.requirements.includes(r.id);
        return (
          <div key={r.id} className={styles.requirement} data-chosen={chosen ? 'true' : 'false'}>
            <label className={styles.pick}>
              <input
                type="checkbox"
                checked={chosen}
                onChange={(e) => send({type: 'SET_REQUIREMENT', requirement: r.id, included: e.target.checked})}
              />
              <Term text={r.name} strong />
            </label>
            <details className={styles.details} open={chosen}>
              <summary>
                {labels.techConsiderations[locale]} ({figureRef(18, locale)}
                {r.detailFigure && `, ${figureRef(r.detailFigure, locale)}`})
              </summary>
              <ul>
                {r.considerations.map((c, i) => (
                  <li key={i}>{c[locale]}</li>
                ))}
              </ul>
              {r.detailFigure === 19 && (
                <ol className={styles.detail}>
                  {masterDataTasks.map((task) => (
                    <li key={task.no}>
                      <strong>{task.task[locale]}</strong>: {task.summary[locale]}
                    </li>
                  ))}
                </ol>
              )}
              {r.detailFigure === 20 && (
                <ol className={styles.detail}>
                  {authLayers.map((layer) => (
                    <li key={layer.no}>
                      <strong>{layer.layer[locale]}</strong>:{' '}
                      {layer.groups
                        .map(
                          (g) =>
                            (g.heading ? `${g.heading[locale]} ` : '') +
                            g.techniques.map((x) => x[locale]).join(locale === 'ja' ? '、' : ', '),
                        )
                        .join(' / ')}
                    </li>
                  ))}
                </ol>
              )}
              {r.detailFigure === 22 && (
                <ol className={styles.detail}>
                  {logItems.map((item) => (
                    <li key={item.no}>{item.name[locale]}</li>
                  ))}
                </ol>
              )}
            </details>
          </div>
        );
      })}
    </fieldset>
  );
}
