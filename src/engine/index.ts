/** The pure core of nianbao: report model, totals, input parsing, rules and their Chinese messages. */
export * from './report';
export * from './values';
export * from './input';
export * from './finding';
export * from './validate';
export * from './progress';
export * from './messages.zh-CN';
export { severityOf } from './rules/catalog';
