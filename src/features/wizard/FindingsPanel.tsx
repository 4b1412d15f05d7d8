/**
 * The region 校验结果: findings with the count of errors and warnings; each is a link that opens its
 * step and focuses its cell; a warning can be accepted with a written note (说明) kept in the draft.
 */
import type { Ref } from 'react';
import type { AcceptedNote, Finding } from '../../engine';
import { countBySeverity, describeFinding, findingKey, severityLabel } from '../../engine';
import { AcceptWarning } from './AcceptWarning';
import { strings } from './strings.zh-CN';

/** DOM id of a finding's item in 校验结果, for the aria-describedby of the field it concerns. */
export function findingDomId(finding: Finding): string {
  return `finding-${findingKey(finding)}`;
}

export interface FindingGroup {
  readonly id: string;
  readonly title?: string;
  readonly findings: readonly Finding[];
}

export interface FindingActions {
  /** The href of a finding's link (its step, with the cell to focus). */
  readonly hrefOf: (finding: Finding) => string;
  readonly open: (finding: Finding) => void;
  readonly accept: (finding: Finding, note: string) => void;
  readonly removeNote: (finding: Finding) => void;
}

export function FindingsPanel({
  groups,
  notes,
  actions,
  emptyText,
  headingRef,
  formatId,
}: {
  groups: readonly FindingGroup[];
  notes: Readonly<Record<string, AcceptedNote>>;
  actions: FindingActions;
  emptyText: string;
  headingRef?: Ref<HTMLHeadingElement>;
  formatId: string;
}) {
  const all = groups.flatMap((group) => group.findings);
  const counts = countBySeverity(all);
  const accepted = all.filter((finding) => finding.severity === 'warning' && notes[findingKey(finding)]).length;
  return (
    <section className="wizard-findings" role="region" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1} ref={headingRef}>
        {strings.findingsRegion}
      </h2>
      <p className="wizard-findings-counts" aria-live="polite">
        {all.length === 0 ? emptyText : strings.findingsCounts(counts.error, counts.warning, counts.info, accepted)}
      </p>
      {groups
        .filter((group) => group.findings.length > 0)
        .map((group) => (
          <div key={group.id} className="wizard-findings-group">
            {group.title !== undefined && <h3>{group.title}</h3>}
            <ul>
              {group.findings.map((finding) => {
                const key = findingKey(finding);
                const note = notes[key];
                return (
                  <li key={key} id={findingDomId(finding)} className={`finding finding-${finding.severity}`}>
                    <a
                      href={actions.hrefOf(finding)}
                      onClick={(event) => {
                        event.preventDefault();
                        actions.open(finding);
                      }}
                    >
                      <span className="finding-severity">{severityLabel[finding.severity]}：</span>
                      {describeFinding(finding, formatId)}
                    </a>
                    {finding.severity === 'warning' && (
                      <AcceptWarning
                        note={note}
                        onAccept={(text) => actions.accept(finding, text)}
                        onRemove={() => actions.removeNote(finding)}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}
