import type {ReactNode} from 'react';
import {agreedValueFields, valueFieldsOf} from '@site/src/catalog/data/agreedValues';
import {figureRef, type AgreedValueField, type AgreementId, type Locale} from '@site/src/catalog';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import type {Plan, Provider} from '@site/src/planner/plan';
import {bracketed, ownerLabel, providerName} from '@site/src/planner/strings';
import {termDates, valueProblem, type Duration, type StoredValue} from '@site/src/planner/values';
import {durationText, valueText} from '@site/src/planner/valueText';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerValueInput from '../ValueInput';
import {fill} from '../text';
import {valuesText as v} from './text';
import styles from './styles.module.css';

type Names = Pick<Plan, 'role' | 'names' | 'pattern'>;

/** The fields an agreement's row shows: its own, and beside the partner's SLA in pattern 2 the lead's own levels. */
export function rowFields(
  agreement: AgreementId,
  pattern: Plan['pattern'],
): {own: AgreedValueField[]; lead: AgreedValueField[]} {
  return {
    own: valueFieldsOf(agreement),
    lead: agreement === 'providerSla' && pattern === 'p2' ? valueFieldsOf(null) : [],
  };
}

/**
 * The values an agreement decides, in its row of the checklist: each with its
 * input, who proposed it and whether both parties agreed it; for a term, the
 * day it ends and the day notice is due. A customer in pattern 1 has one
 * contract with each provider (図表5), so each value is asked of each. The
 * plan holds the values; this shows them and sends changes.
 */
export default function PlannerValues({
  agreement,
  values,
  names,
  customerPattern1,
  send,
}: {
  agreement: AgreementId;
  values: Plan['values'];
  names: Names;
  /** a customer's plan in pattern 1: a value per provider's contract */
  customerPattern1: boolean;
  send: SendPlannerEvent;
}): ReactNode {
  const locale = useLocale();
  const {own, lead} = rowFields(agreement, names.pattern);
  if (own.length === 0) return null;
  const scopes: (Provider | null)[] = customerPattern1 ? ['lead', 'partner'] : [null];
  return (
    <div className={styles.values} data-values={agreement}>
      <h5 className={styles.heading}>{v.heading[locale]}</h5>
      <p className={styles.intro}>{v.intro[locale]}</p>
      <div className={customerPattern1 ? styles.columns : undefined}>
        {scopes.map((scope) => (
          <div key={scope ?? 'one'} className={styles.column}>
            {scope && (
              <p className={styles.columnHeading}>
                {fill(v.forProvider[locale], {name: providerName(scope, names, locale)})}
              </p>
            )}
            <Fields fields={own} scope={scope} values={values} names={names} send={send} locale={locale} />
            <Term agreement={agreement} scope={scope} values={values} locale={locale} />
          </div>
        ))}
      </div>
      {lead.length > 0 && (
        <>
          <h5 className={styles.heading}>{v.ownHeading[locale]}</h5>
          <p className={styles.intro}>{lead[0]!.basis?.[locale]}</p>
          <Fields fields={lead} scope={null} values={values} names={names} send={send} locale={locale} />
        </>
      )}
    </div>
  );
}

/** A list of value fields, each with its input. */
function Fields(props: {
  fields: AgreedValueField[];
  scope: Provider | null;
  values: Plan['values'];
  names: Names;
  send: SendPlannerEvent;
  locale: Locale;
}): ReactNode {
  const {fields, ...rest} = props;
  return (
    <ul className={styles.fields}>
      {fields.map((field) => (
        <Field key={field.id} field={field} {...rest} />
      ))}
    </ul>
  );
}

function Field({
  field,
  scope,
  values,
  names,
  send,
  locale,
}: {
  field: AgreedValueField;
  scope: Provider | null;
  values: Plan['values'];
  names: Names;
  send: SendPlannerEvent;
  locale: Locale;
}): ReactNode {
  const id = scope ? `${field.id}@${scope}` : field.id;
  const kept = values[id];
  const label = `${field.name[locale]}${scope ? bracketed(providerName(scope, names, locale), locale) : ''}`;
  return (
    <li className={styles.field} data-value={id} data-agreed={kept?.agreed ? 'true' : 'false'}>
      <span className={styles.name}>
        {field.name[locale]}
        <span className={styles.figure}>{bracketed(figureRef(field.figure, locale), locale)}</span>
        {field.source === 'site' && field.agreement !== null && (
          <span className={styles.site} title={field.basis?.[locale]}>
            {v.siteValue[locale]}
          </span>
        )}
      </span>
      <PlannerValueInput
        kind={field.kind}
        value={kept?.value}
        label={label}
        onCommit={(value: StoredValue | null) => send({type: 'SET_VALUE', id, value})}
      />
      {/* what a printout shows instead of the inputs */}
      <span className={styles.printed} aria-hidden="true">
        {kept ? valueText(field, kept.value, locale) : v.notSet[locale]}
      </span>
      {kept && (
        <span className={styles.meta}>
          {kept.by && <span>{fill(v.proposedBy[locale], {who: ownerLabel(kept.by, names, locale)})}</span>}
          <label className={styles.agreed}>
            <input
              type="checkbox"
              checked={kept.agreed}
              onChange={(e) => send({type: 'SET_VALUE_AGREED', id, agreed: e.target.checked})}
            />
            {v.agreedByBoth[locale]}
          </label>
        </span>
      )}
    </li>
  );
}

/** For a term: the day it ends, the next one if renewed automatically, and the day notice is due. */
function Term({
  agreement,
  scope,
  values,
  locale,
}: {
  agreement: AgreementId;
  scope: Provider | null;
  values: Plan['values'];
  locale: Locale;
}): ReactNode {
  if (agreement !== 'jointProvision' && agreement !== 'serviceContract') return null;
  const at = (name: string) => {
    const fieldId = `${agreement}.${name}`;
    const field = agreedValueFields.find((f) => f.id === fieldId);
    const kept = values[scope ? `${fieldId}@${scope}` : fieldId];
    return field && kept && valueProblem(field.kind, kept.value) === null ? kept.value : null;
  };
  const today = new Date().toISOString().slice(0, 10);
  const notice = at('notice') as Duration | null;
  const dates = termDates(
    at('start') as string | null,
    at('term') as Duration | null,
    at('renewal') as string | null,
    notice,
    today,
  );
  if (!dates) return null;
  return (
    <p className={styles.term} data-term={agreement}>
      {fill(v.endOfTerm[locale], {date: dates.end})}
      {dates.renewedEnd && fill(v.renewsTo[locale], {date: dates.renewedEnd})}
      {dates.noticeBy && notice && (
        <>
          <br />
          {fill(v.noticeBy[locale], {date: dates.noticeBy, notice: durationText(notice, locale)})}
        </>
      )}
    </p>
  );
}
