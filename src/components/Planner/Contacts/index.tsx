import type {ReactNode} from 'react';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {CONTACT_FIELDS, CONTACT_KINDS, LIMITS, type Plan, type Provider} from '@site/src/planner/plan';
import {contactRoleNote, contactSheetProviders} from '@site/src/planner/contacts';
import {contactFieldNames, contactKindNames, contactSheetTitle} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerTextField from '@site/src/components/Planner/TextField';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/**
 * The customer's contact sheet: whom to call at each provider for faults,
 * enquiries, billing and security incidents. What the reader writes is kept
 * in the plan; on paper the sheet is a table, with room to write by hand.
 */
export default function PlannerContacts({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  const providers = contactSheetProviders(plan, locale);
  return (
    <section className={styles.contacts} aria-labelledby="planner-contacts">
      <h3 id="planner-contacts">{contactSheetTitle[locale]}</h3>
      <p className={styles.lead}>{contactRoleNote(plan)[locale]}</p>
      <div className={styles.form}>
        {providers.map(({provider, label}) => {
          const sheet = (
            <fieldset key={provider} className={styles.provider} data-contacts={provider}>
              <legend>{label}</legend>
              {CONTACT_KINDS.map((kind) => (
                <fieldset key={kind} className={styles.kind}>
                  <legend>{contactKindNames[kind][locale]}</legend>
                  <div className={styles.fields}>
                    {CONTACT_FIELDS.map((field) => (
                      <PlannerTextField
                        key={field}
                        label={contactFieldNames[field][locale]}
                        value={plan.contacts[provider][kind][field]}
                        max={LIMITS.contact}
                        onChange={(value) => send({type: 'SET_CONTACT', provider, kind, field, value})}
                      />
                    ))}
                  </div>
                </fieldset>
              ))}
            </fieldset>
          );
          // In pattern 2 the partnered provider is not whom the customer calls (図表31): its
          // sheet is there for reference, closed unless something is written in it.
          if (plan.pattern === 'p2' && provider === 'partner') {
            const written = CONTACT_KINDS.some((k) => CONTACT_FIELDS.some((f) => plan.contacts.partner[k][f] !== ''));
            return (
              <details key={provider} className={styles.reference} open={written || undefined}>
                <summary>{label}</summary>
                {sheet}
              </details>
            );
          }
          return sheet;
        })}
      </div>
      <table className={styles.printed}>
        <caption>{t.contactsPrinted[locale]}</caption>
        <thead>
          <tr>
            <th scope="col">{t.contactsProvider[locale]}</th>
            <th scope="col">{t.contactsKind[locale]}</th>
            {CONTACT_FIELDS.map((f) => (
              <th key={f} scope="col">
                {contactFieldNames[f][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {providers.flatMap(({provider, label}: {provider: Provider; label: string}) =>
            CONTACT_KINDS.map((kind, i) => (
              <tr key={`${provider}-${kind}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={CONTACT_KINDS.length}>
                    {label}
                  </th>
                )}
                <th scope="row">{contactKindNames[kind][locale]}</th>
                {CONTACT_FIELDS.map((f) => (
                  <td key={f}>{plan.contacts[provider][kind][f]}</td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
