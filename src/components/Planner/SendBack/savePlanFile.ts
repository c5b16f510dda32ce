import type {Locale} from '@site/src/catalog/types';
import type {Plan} from '@site/src/planner/plan';
import {download} from '@site/src/components/Planner/Checklist/download';

/** Downloads the plan file (JSON) of a plan. Call from an event handler only. */
export async function savePlanFile(plan: Plan, locale: Locale, now: Date): Promise<void> {
  const [{toJson, JSON_MIME}, {exportFileName}] = await Promise.all([
    import('@site/src/planner/exporters/json'),
    import('@site/src/planner/exporters/meta'),
  ]);
  download(
    toJson(plan, locale, now),
    exportFileName(plan, 'plan', now, 'json').replace('-checklist-', '-plan-'),
    JSON_MIME,
  );
}
