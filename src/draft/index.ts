/** Drafts as saved: the schema, the hand-over envelope, and the one door drafts come in by. */
export * from './schema';
export * from './canonical';
export * from './envelope';
export * from './draft';
export * from './read';
export * from './readProblems.zh-CN';
export { migrate, migrations } from './migrations';
export { parseJsonSafely } from './safeJson';
