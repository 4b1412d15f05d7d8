/** The duplicate groups of a 汇总, each with why it is one and which file is kept (the choice is in the table). */
import type { ConsolidationPlan } from '../../draft';
import { consolidateStrings as t } from './strings.zh-CN';
import { sourceText } from './unitsRows';

export function DuplicateNotes({ plan }: { plan: ConsolidationPlan }) {
  if (plan.groups.length === 0) return null;
  return (
    <section className="consolidate-duplicates" aria-labelledby="consolidate-duplicates-title">
      <h2 id="consolidate-duplicates-title">{t.duplicatesTitle}</h2>
      <ul>
        {plan.groups.map((group) => {
          const members = plan.rows.filter((row) => group.unitIds.includes(row.unit.id));
          const agency = members[0]?.unit.agency || t.unnamed;
          return (
            <li key={group.key}>
              {t.duplicateReason[group.reason](agency)}
              {members.map((row) => `${sourceText(row)}${row.unit.id === group.keptId ? t.kept : ''}`).join('、')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
