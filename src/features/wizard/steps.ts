/**
 * The wizard's steps, read from the format declaration: 基本信息, one step per section in the format's
 * order, then 检查与预览. Each step is its own hash URL `#/draft/<id>/<step>` (issue 3 item 1).
 */
import { cellsOf } from '../../format';
import type { FormatSpec, SectionSpec } from '../../format';
import type { Finding } from '../../engine';
import { strings } from './strings.zh-CN';

export type WizardStep =
  | { readonly id: 'meta'; readonly kind: 'meta'; readonly title: string }
  | { readonly id: string; readonly kind: 'section'; readonly title: string; readonly section: SectionSpec }
  | { readonly id: 'review'; readonly kind: 'review'; readonly title: string };

/** The steps of a format, in order. */
export function stepsOf(format: FormatSpec): WizardStep[] {
  return [
    { id: 'meta', kind: 'meta', title: strings.metaTitle },
    ...format.sections.map(
      (section): WizardStep => ({ id: section.id, kind: 'section', title: sectionTitle(section), section }),
    ),
    { id: 'review', kind: 'review', title: strings.reviewTitle },
  ];
}

/** 「三、收到和处理政府信息公开申请情况」 as the format numbers it. */
export function sectionTitle(section: Pick<SectionSpec, 'number' | 'title'>): string {
  return `${section.number}、${section.title}`;
}

/** The URL of a step of a draft; `cell` asks the step to focus that cell when it opens. */
export function stepHref(draftId: string, stepId: string, cell?: string): string {
  const base = `#/draft/${encodeURIComponent(draftId)}/${encodeURIComponent(stepId)}`;
  return cell === undefined ? base : `${base}?cell=${encodeURIComponent(cell)}`;
}

export function printHref(draftId: string): string {
  return `#/draft/${encodeURIComponent(draftId)}/print`;
}

/** The cell (or text field) a hash asks to focus: `…/s3?cell=s3.new.natural`. */
export function focusTargetOf(hash: string): string | undefined {
  const query = hash.split('?')[1];
  if (query === undefined) return undefined;
  return new URLSearchParams(query).get('cell') ?? undefined;
}

/**
 * The section a finding belongs to: the section of its first cell, else its text field. A text↔table
 * finding (TXT-NUM) has both; its link goes to the cell it names, where the figure is (issue 7).
 */
export function sectionOfFinding(format: FormatSpec, finding: Finding): string | undefined {
  const first = finding.cells[0];
  const section = first === undefined ? undefined : cellsOf(format).get(first)?.sectionId;
  return section ?? finding.field;
}

/** The DOM id of what a finding points at: a grid input (`cell-<id>`, set by the grid) or a text field. */
export function focusIdOf(target: string): string {
  return target.startsWith('text-') ? target : `cell-${target}`;
}

/** What a finding link focuses: its first cell, else its text field. */
export function focusTargetOfFinding(finding: Finding): string | undefined {
  return finding.cells[0] ?? (finding.field !== undefined ? `text-${finding.field}` : undefined);
}

/** Rules reporting a whole table's empty cells: shown by 检查 or on review, never on leaving one cell. */
export function emptyRulesOf(format: FormatSpec): ReadonlySet<string> {
  return new Set(
    format.sections.flatMap((section) => (section.tables ?? []).flatMap((table) => table.emptyRule ?? [])),
  );
}

/**
 * The findings to show now (issue 3 item 6: at a cell once the officer has left it, all after 检查):
 * those touching a cell or field the officer has left, or every one once 检查 was pressed.
 */
export function revealedFindings(
  findings: readonly Finding[],
  left: ReadonlySet<string>,
  checkedAll: boolean,
  emptyRules: ReadonlySet<string>,
): Finding[] {
  if (checkedAll) return [...findings];
  return findings.filter(
    (finding) =>
      !emptyRules.has(finding.ruleId) &&
      (finding.cells.some((cell) => left.has(cell)) || (finding.field !== undefined && left.has(`text-${finding.field}`))),
  );
}

const totalsCache = new WeakMap<FormatSpec, ReadonlyMap<string, readonly string[]>>();

/**
 * The cells and every total that adds them up (directly or through another total): leaving a cell
 * shows the findings of the totals it moved too (三's 总计 column balances with the same keystroke).
 */
export function withTotals(format: FormatSpec, targets: readonly string[]): string[] {
  let totals = totalsCache.get(format);
  if (!totals) {
    const direct = new Map<string, string[]>();
    for (const cell of cellsOf(format).values()) {
      for (const part of cell.sumOf ?? []) direct.set(part, [...(direct.get(part) ?? []), cell.id]);
    }
    const all = new Map<string, string[]>();
    const collect = (id: string, seen: Set<string>): void => {
      for (const total of direct.get(id) ?? []) {
        if (seen.has(total)) continue;
        seen.add(total);
        collect(total, seen);
      }
    };
    for (const id of direct.keys()) {
      const seen = new Set<string>();
      collect(id, seen);
      all.set(id, [...seen]);
    }
    totals = all;
    totalsCache.set(format, totals);
  }
  const found = totals;
  return [...new Set(targets.flatMap((target) => [target, ...(found.get(target) ?? [])]))];
}
