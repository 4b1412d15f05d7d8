/** Hand-over (issue 6): export, import, merge; composed into other pages by the app shell. */
export { ExportDraftButton } from './ExportDraftButton';
export { TransferToolbar } from './TransferToolbar';
export type { TransferToolbarProps } from './TransferToolbar';
export { useFileDrop } from './useFileDrop';
