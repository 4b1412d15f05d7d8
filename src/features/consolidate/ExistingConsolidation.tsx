/**
 * The units of a saved 汇总 (issue 15), to redo it: add a unit's file (a newer file of a unit already in it is
 * compared first and then replaces only that unit's contribution; the same file again is not counted twice),
 * count or leave out a unit. Each change is saved after a revision of the draft as it was.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { matchingUnit, planConsolidation, unitsOf, withUnits } from '../../draft';
import type { ConsolidationUnit, Draft } from '../../draft';
import { DraftsRepository } from '../../storage/draftsRepository';
import { replaceAfterSnapshot } from '../../storage/transfer';
import { ConsolidationSummary } from './ConsolidationSummary';
import { FilePicker } from './FilePicker';
import type { RefusedFile } from './readUnits';
import { RefusedList } from './RefusedList';
import { ReplaceView } from './ReplaceView';
import type { PendingReplace } from './ReplaceView';
import { consolidateStrings as t } from './strings.zh-CN';
import { statusText } from './unitsRows';
import { useUnitReader } from './useUnitReader';

export function ExistingConsolidation({ draftId, onOpen }: { draftId: string; onOpen: (draftId: string) => void }) {
  const repository = useMemo(() => new DraftsRepository(), []);
  const reader = useUnitReader();
  const [draft, setDraft] = useState<Draft | undefined | 'missing'>();
  const [refused, setRefused] = useState<readonly RefusedFile[]>([]);
  const [queue, setQueue] = useState<readonly PendingReplace[]>([]);
  const [messages, setMessages] = useState<readonly string[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  const busy = reading !== undefined;

  useEffect(() => {
    let cancelled = false;
    void repository.load(draftId).then((loaded) => {
      if (!cancelled) setDraft(loaded.ok ? loaded.draft : 'missing');
    });
    return () => {
      cancelled = true;
    };
  }, [repository, draftId]);

  const loaded = typeof draft === 'object' ? draft : undefined;
  const units = useMemo(() => (loaded ? unitsOf(loaded) : []), [loaded]);
  const plan = useMemo(
    () =>
      planConsolidation(units, {
        ...(loaded?.meta.year != null ? { year: loaded.meta.year } : {}),
        excluded: new Set(units.filter((unit) => !unit.included).map((unit) => unit.id)),
      }),
    [units, loaded],
  );

  const save = useCallback(
    async (current: Draft, next: readonly ConsolidationUnit[], message: string) => {
      const updated = withUnits(current, next, new Date().toISOString());
      // Shown at once (a ticked 计入 stays ticked while the revision and the draft are written); put back if the
      // write fails, with the reason.
      setDraft(updated);
      try {
        await replaceAfterSnapshot(updated);
      } catch (error) {
        setDraft(current);
        setMessages((list) => [...list, t.saveFailed(error instanceof Error ? error.message : String(error))]);
        return current;
      }
      setMessages((list) => [...list, message]);
      return updated;
    },
    [],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      if (!loaded) return;
      setReading({ done: 0, total: files.length });
      const read = await reader.read(files, new Date().toISOString(), (done) => setReading({ done, total: files.length }));
      setRefused((list) => [...list, ...read.refused]);
      let current = loaded;
      const pending: PendingReplace[] = [];
      for (const incoming of read.units) {
        const here = unitsOf(current);
        const check = planConsolidation([incoming], { year: plan.year }).rows[0];
        const name = incoming.fileName ?? incoming.agency;
        if (check && check.status.kind !== 'counted') {
          setMessages((list) => [...list, t.otherYearRefused(name, statusText(check))]);
          continue;
        }
        const match = matchingUnit(here, incoming);
        if (match?.digest === incoming.digest) {
          setMessages((list) => [...list, t.sameAsCounted(name, match.agency || t.unnamed)]);
        } else if (match) {
          pending.push({ current: match, incoming });
        } else {
          current = await save(current, [...here, incoming], t.addedUnit(incoming.agency || t.unnamed));
        }
      }
      setQueue((list) => [...list, ...pending]);
      setReading(undefined);
    },
    [loaded, plan.year, reader, save],
  );
  const onFiles = useCallback((files: File[]) => void addFiles(files), [addFiles]);

  if (draft === undefined) return null;
  if (draft === 'missing' || !draft.consolidation) {
    return (
      <section className="consolidate-page">
        <h1>{t.titleNew}</h1>
        <p role="alert">{draft === 'missing' ? t.notFound : t.notConsolidated}</p>
        <p>
          <a href="#/">{t.back}</a>
        </p>
      </section>
    );
  }
  const head = queue[0];
  const replace = async (pending: PendingReplace) => {
    const here = unitsOf(draft);
    const next = here.map((unit) =>
      unit.id === pending.current.id ? { ...pending.incoming, id: unit.id, included: unit.included } : unit,
    );
    setQueue((list) => list.slice(1));
    await save(draft, next, t.replaced(pending.current.agency || t.unnamed));
  };
  return (
    <section className="consolidate-page" aria-labelledby="consolidate-title">
      <h1 id="consolidate-title">{t.titleExisting(draft.title)}</h1>
      <p>{t.intro}</p>
      <div className="consolidate-sources">
        <FilePicker onFiles={onFiles} disabled={busy || head !== undefined} />
        <button type="button" onClick={() => onOpen(draft.id)}>
          {t.openDraft}
        </button>
      </div>
      {reading && <p role="status">{t.reading(reading.done, reading.total)}</p>}
      {messages.length > 0 && (
        <ul role="status" className="consolidate-messages">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      <RefusedList refused={refused} />
      {head && (
        <ReplaceView
          key={head.incoming.id}
          pending={head}
          onReplace={() => void replace(head)}
          onKeep={() => {
            setQueue((list) => list.slice(1));
            setMessages((list) => [...list, t.keptOld(head.current.agency || t.unnamed)]);
          }}
        />
      )}
      <ConsolidationSummary
        plan={plan}
        fileAgency={draft.meta.agency}
        onInclude={(unitId, included) => {
          const unit = units.find((candidate) => candidate.id === unitId);
          const next = units.map((candidate) => (candidate.id === unitId ? { ...candidate, included } : candidate));
          void save(draft, next, t.includeChanged(unit?.agency || t.unnamed, included));
        }}
        onKeep={() => undefined}
      />
      <p>
        <a href="#/">{t.back}</a>
      </p>
    </section>
  );
}
