/**
 * Cell ids of the 2021 format as a string-literal union, derived from the table declarations, so that
 * a misspelt id (`s3.new.natual`) does not compile.
 */
import type {
  applicationGrid,
  art20Item1,
  art20Item5,
  art20Item6,
  art20Item8,
  processingFees,
  reviewLitigationGrid,
} from './tables';

type Join<P extends string, R extends string, C extends string> = R extends ''
  ? `${P}.${C}`
  : `${P}.${R}.${C}`;

type CellIdOf<T> = T extends {
  readonly idPrefix: infer P extends string;
  readonly rows: readonly { readonly key: infer R extends string }[];
  readonly columns: readonly { readonly key: infer C extends string }[];
}
  ? Join<P, R, C>
  : never;

export type CellId2021 =
  | CellIdOf<typeof art20Item1>
  | CellIdOf<typeof art20Item5>
  | CellIdOf<typeof art20Item6>
  | CellIdOf<typeof art20Item8>
  | CellIdOf<typeof applicationGrid>
  | CellIdOf<typeof reviewLitigationGrid>
  | CellIdOf<typeof processingFees>;

/** Ids of the free-text fields: the sections whose kind is text (一, 五, 六). */
export type TextFieldId2021 = 's1' | 's5' | 's6';
