/**
 * 新建汇总报告 (issue 15): units from files and local drafts, the units table with duplicates and left-out
 * units, then 生成汇总 makes the consolidated draft and opens it in the wizard. Nothing is stored before that.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import { consolidatedDraft, newId, planConsolidation } from '../../draft';
import type { ConsolidationUnit, Draft } from '../../draft';
import { DraftsRepository } from '../../storage/draftsRepository';
import { addImportedDraft } from '../../storage/transfer';
import { ConsolidationSummary } from './ConsolidationSummary';

import { FilePicker } from './FilePicker';
import { LocalDraftsPicker } from './LocalDraftsPicker';
import { readUnitDrafts } from './readUnits';
import type { ReadUnits, RefusedFile } from './readUnits';
import { RefusedList } from './RefusedList';
import { consolidateStrings as t } from './strings.zh-CN';
import { useUnitReader } from './useUnitReader';

export function NewConsolidation({ onOpen }: { onOpen: (draftId: string) => void }) {
  const repository = useMemo(() => new DraftsRepository(), []);
  const reader = useUnitReader();
  // Once 生成汇总 writes, the list is not read again: the new 汇总 (500 units' figures) would go through the door
  // here, just before the page is left for the wizard (issue 15 bench).
  const generating = useRef(false);
  const listed = useRef<Draft[] | undefined>(undefined);
  const localDrafts = useLiveQuery(async () => {
    if (!generating.current) listed.current = await repository.list();
    return listed.current;
  }, [repository]);
  const [units, setUnits] = useState<readonly ConsolidationUnit[]>([]);
  const [refused, setRefused] = useState<readonly RefusedFile[]>([]);
  const [keep, setKeep] = useState<Readonly<Record<string, string>>>({});
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [agency, setAgency] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const plan = useMemo(() => planConsolidation(units, { keep, excluded }), [units, keep, excluded]);

  const take = useCallback((read: ReadUnits) => {
    setUnits((current) => [...current, ...read.units]);
    setRefused((current) => [...current, ...read.refused]);
  }, []);
  const addFiles = useCallback(
    async (files: File[]) => {
      setProgress({ done: 0, total: files.length });
      const read = await reader.read(files, new Date().toISOString(), (done) => {
        // Every 25 files is often enough for the officer, and spares 500 re-renders.
        if (done % 25 === 0 || done === files.length) setProgress({ done, total: files.length });
      });
      setProgress(undefined);
      take(read);
    },
    [reader, take],
  );
  const onFiles = useCallback((files: File[]) => void addFiles(files), [addFiles]);
  const addDrafts = async (drafts: Draft[]) => {
    setProgress({ done: 0, total: drafts.length });
    const read = await readUnitDrafts(drafts, new Date().toISOString());
    setProgress(undefined);
    take(read);
  };

  const generate = async () => {
    setProblem(undefined);
    const now = new Date().toISOString();
    const kept = plan.rows
      .filter((row) => row.status.kind === 'counted' || row.status.kind === 'excluded')
      .map((row) => ({ ...row.unit, included: row.status.kind === 'counted' }));
    const draft = consolidatedDraft({ id: newId(), agency, year: plan.year, format: plan.format, units: kept, now });
    generating.current = true;
    try {
      await addImportedDraft({ ...draft, title: t.generatedTitle(agency.trim(), plan.year) });
      onOpen(draft.id);
    } catch (error) {
      generating.current = false;
      setProblem(t.writeFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  const busy = progress !== undefined;
  return (
    <section className="consolidate-page" aria-labelledby="consolidate-title">
      <h1 id="consolidate-title">{t.titleNew}</h1>
      <p>{t.intro}</p>
      <div className="consolidate-sources">
        <FilePicker onFiles={onFiles} disabled={busy} />
        <LocalDraftsPicker drafts={localDrafts ?? []} onAdd={(drafts) => void addDrafts(drafts)} disabled={busy} />
      </div>
      {progress && <p role="status">{t.reading(progress.done, progress.total)}</p>}
      <RefusedList refused={refused} />
      {units.length > 0 && (
        <ConsolidationSummary
          plan={plan}
          fileAgency={agency}
          onInclude={(unitId, included) => {
            const next = new Set(excluded);
            if (included) next.delete(unitId);
            else next.add(unitId);
            setExcluded(next);
          }}
          onKeep={(groupKey, unitId) => setKeep({ ...keep, [groupKey]: unitId })}
        />
      )}
      <div className="field">
        <label htmlFor="consolidate-agency">{t.agencyLabel}</label>
        <input id="consolidate-agency" value={agency} onChange={(event) => setAgency(event.currentTarget.value)} aria-describedby="consolidate-agency-hint" />
        <p id="consolidate-agency-hint" className="consolidate-hint">
          {t.agencyHint}
        </p>
      </div>
      {plan.counted.length === 0 && <p>{t.nothingToSum}</p>}
      <button type="button" className="consolidate-generate" disabled={busy || plan.counted.length === 0} onClick={() => void generate()}>
        {t.generate}
      </button>
      {problem && <p role="alert">{problem}</p>}
      <p>
        <a href="#/">{t.back}</a>
      </p>
    </section>
  );
}
