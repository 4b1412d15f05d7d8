/** Reading published reports (issue 7): text or HTML → a report with its values as printed. */
export { parsePublishedReport } from './parse';
export type { ParseIssue, ParseNote, ParseOptions, PublishedReport } from './parse';
export { describeParseIssue, describeParseNote } from './messages.zh-CN';
export { looksLikeHtml } from './normalise';
export { chooseSplit, rankedCandidates } from './choose';
export type { RankedCandidate } from './choose';
