/**
 * The print route: an A4 preview of the report with 打印 and 返回 (issue 5). Reads the draft and never
 * changes it; the toolbar and the confirmation never print (print.css).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { contextOf, describeStoredDraftProblem, reportOf } from '../../draft';
import { validate } from '../../engine';
import { formatById } from '../../format';
import { snapshotRevision } from '../../storage/revisions';
import { useDraftSession } from '../../storage/useDraftSession';
import { ExportReportButtons } from './ExportReportButtons';
import { createFontProbe } from './fontProbe';
import { PrintDocument } from './PrintDocument';
import { fontFamilyOf, fontSubstitutions, printFontStacks } from './printFonts';
import { draftMarking, titleParts } from './printModel';
import { strings } from './strings.zh-CN';
import { usePrintSides } from './usePrintSides';
import './print.css';

export function PrintPage({ draftId, onBack }: { draftId: string; onBack: () => void }) {
  const session = useDraftSession(draftId);
  const draft = session.draft;
  const confirm = useRef<HTMLDialogElement>(null);
  const [bothSides, setBothSides] = usePrintSides();
  // Which office fonts this machine lacks, told once: fonts are not installed while the page is open.
  const [substitutions] = useState(() => fontSubstitutions(printFontStacks, createFontProbe()));

  // The font stacks go on the root element, where the page-number margin boxes of @page see them too; before
  // the first paint, so the preview never shows in other fonts.
  useLayoutEffect(() => {
    const root = document.documentElement;
    for (const stack of printFontStacks) root.style.setProperty(stack.variable, fontFamilyOf(stack));
    return () => {
      for (const stack of printFontStacks) root.style.removeProperty(stack.variable);
    };
  }, []);

  const view = useMemo(() => {
    if (!draft) return undefined;
    const format = formatById(draft.format);
    if (!format) return undefined;
    const report = reportOf(draft);
    return { format, report, marking: draftMarking(report, validate(report, contextOf(draft))) };
  }, [draft]);

  // The browser offers the document title as the PDF's file name.
  useEffect(() => {
    if (!view) return;
    const before = document.title;
    const title = titleParts(view.format, view.report);
    document.title = `${title.agency}${title.rest}`;
    return () => {
      document.title = before;
    };
  }, [view]);

  if (session.loading) return <p>{strings.loading}</p>;
  if (!view) {
    const load = session.load;
    const problem = load && !load.ok && load.problem.code !== 'notFound' ? load.problem : undefined;
    return (
      <section className="print-missing">
        <p role="alert">{problem ? describeStoredDraftProblem(problem) : strings.notFound}</p>
        <button type="button" onClick={onBack}>
          {strings.back}
        </button>
      </section>
    );
  }

  // A revision 「打印前」 first (issue 4: the printed state can be found again); a failed snapshot
  // must not keep the officer from printing.
  const printNow = async () => {
    if (draft) await snapshotRevision(draft, 'print').catch(() => undefined);
    window.print();
  };
  const print = () => {
    if (view.marking.draft) confirm.current?.showModal();
    else void printNow();
  };
  const printAnyway = () => {
    // Closed first, so that the dialog is not part of what prints.
    confirm.current?.close();
    void printNow();
  };

  return (
    <div className={bothSides ? 'print-page print-duplex' : 'print-page'}>
      <div className="print-toolbar" role="toolbar" aria-label={strings.toolbarLabel}>
        <button type="button" onClick={onBack}>
          {strings.back}
        </button>
        <button type="button" className="print-button" onClick={print}>
          {strings.print}
        </button>
        <label className="print-sides">
          <input type="checkbox" checked={bothSides} onChange={(event) => setBothSides(event.target.checked)} />
          {strings.bothSides}
        </label>
        {draft && <ExportReportButtons draft={draft} />}
        <p className={view.marking.draft ? 'print-hint print-hint-draft' : 'print-hint'}>
          {view.marking.draft ? strings.draftLine(view.marking) : strings.previewHint}
        </p>
      </div>
      {substitutions.length > 0 && (
        <p className="print-font-notice" role="note">
          {strings.fontNotice(substitutions)}
        </p>
      )}
      <div className="print-preview">
        <PrintDocument format={view.format} report={view.report} marking={view.marking} />
      </div>
      <dialog ref={confirm} className="print-confirm" aria-labelledby="print-confirm-title">
        <h2 id="print-confirm-title">{strings.confirmTitle}</h2>
        <p>{strings.confirmText}</p>
        <div className="print-confirm-actions">
          <button type="button" onClick={() => confirm.current?.close()}>
            {strings.confirmCancel}
          </button>
          <button type="button" className="print-button" onClick={printAnyway}>
            {strings.confirmPrint}
          </button>
        </div>
      </dialog>
    </div>
  );
}
