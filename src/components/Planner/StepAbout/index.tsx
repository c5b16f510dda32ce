import type {ReactNode} from 'react';
import type {SendPlannerEvent} from '@site/src/planner/machine';
import {LIMITS, NAME_FIELDS, ROLES, type Plan} from '@site/src/planner/plan';
import {nameFieldLabels, roleNames} from '@site/src/planner/strings';
import {useLocale} from '@site/src/hooks/useLocale';
import PlannerChoice from '@site/src/components/Planner/Choice';
import PlannerTextField from '@site/src/components/Planner/TextField';
import {t} from '@site/src/components/Planner/text';
import styles from './styles.module.css';

/** Step 1: the reader's role, and the names that go on the downloads. */
export default function PlannerStepAbout({plan, send}: {plan: Plan; send: SendPlannerEvent}): ReactNode {
  const locale = useLocale();
  return (
    <>
      <PlannerChoice
        legend={t.roleQuestion[locale]}
        name="planner-role"
        value={plan.role}
        choices={ROLES.map((role) => ({value: role, label: roleNames[role][locale]}))}
        onChange={(role) => send({type: 'SET_ROLE', role})}
      />
      <fieldset className={styles.names}>
        <legend>{t.namesHeading[locale]}</legend>
        <p className={styles.hint}>{t.namesHint[locale]}</p>
        {NAME_FIELDS.map((field) => (
          <PlannerTextField
            key={field}
            label={nameFieldLabels[field][locale]}
            value={plan.names[field]}
            max={LIMITS.name}
            onChange={(value) => send({type: 'SET_NAME', field, value})}
          />
        ))}
      </fieldset>
    </>
  );
}
