import type {ReactNode} from 'react';
import type {Plan} from '@site/src/planner/plan';
import {chainLines, chainWords} from '@site/src/planner/slaChainText';
import {useLocale} from '@site/src/hooks/useLocale';
import styles from './styles.module.css';

const MARK = {backed: '✓', gap: '!', open: '…'} as const;

/**
 * Pattern 2's SLA chain, on the checklist: for each part of the lead's
 * promise to the customer, whether the partner's guarantee and the lead's own
 * level back it, said as a risk with its size where they do not, or what is
 * still missing. Worked out from the plan's agreed values each time.
 */
export default function PlannerSlaChain({plan}: {plan: Pick<Plan, 'pattern' | 'values' | 'names'>}): ReactNode {
  const locale = useLocale();
  if (plan.pattern !== 'p2') return null;
  const lines = chainLines(plan, locale);
  return (
    <section className={styles.chain} aria-labelledby="planner-sla-chain" data-testid="planner-sla-chain">
      <h3 id="planner-sla-chain" className={styles.heading}>
        {chainWords.title[locale]}
      </h3>
      <p className={styles.intro}>{chainWords.intro[locale]}</p>
      {lines.length === 0 ? (
        <p className={styles.none}>{chainWords.none[locale]}</p>
      ) : (
        <ul className={styles.lines}>
          {lines.map((line) => (
            <li key={`${line.slot}-${line.scope}`} className={styles.line} data-mark={line.mark} data-slot={line.slot}>
              <span className={styles.mark} aria-hidden="true">
                {MARK[line.mark]}
              </span>
              <span>{line.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
