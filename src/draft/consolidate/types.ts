/** The shapes of a 汇总 (issue 15), as saved in the consolidated draft. */
import type { Draft } from '../schema';

export type Consolidation = NonNullable<Draft['consolidation']>;
export type ConsolidationUnit = Consolidation['units'][number];
