/**
 * What a draft session needs of Dexie, in one chunk that loads after the wizard's first frame (issue 16): the
 * repository for reading and saving, revisions, and live reads while another tab edits. useDraftSession imports it
 * on first use, so Dexie is not part of the 三 step's first load (≤ 150 KiB gzip).
 */
export { liveQuery } from 'dexie';
export { DraftsRepository } from './draftsRepository';
export { snapshotIfDue } from './revisions';
