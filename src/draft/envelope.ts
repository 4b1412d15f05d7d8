/** The hand-over file (docs/architecture.md, "The draft file"): an envelope around one draft, with its digest. */
import { canonicalJson, sha256Hex } from './canonical';
import { DRAFT_VERSION } from './schema';
import type { Draft } from './schema';

export const ENVELOPE_TYPE = 'nianbao-draft';

export interface DraftEnvelope {
  readonly type: typeof ENVELOPE_TYPE;
  readonly version: number;
  readonly app: { readonly name: 'nianbao'; readonly version: string };
  readonly exportedAt: string;
  readonly draft: Draft;
  readonly sha256: string;
}

/** Wraps a draft for export; the digest covers the draft's canonical JSON. */
export async function makeEnvelope(draft: Draft, appVersion: string, exportedAt: string): Promise<DraftEnvelope> {
  return {
    type: ENVELOPE_TYPE,
    version: DRAFT_VERSION,
    app: { name: 'nianbao', version: appVersion },
    exportedAt,
    draft,
    sha256: await sha256Hex(canonicalJson(draft)),
  };
}

/** `<机关>-<年度>年报草稿-<yyyyMMdd-HHmm>.nianbao.json`, with characters file systems refuse replaced. */
export function envelopeFileName(draft: Draft, at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const agency = [...(draft.meta.agency || '未命名机关')]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char.charCodeAt(0) < 32 ? '_' : char))
    .join('');
  return `${agency}-${draft.meta.year ?? ''}年报草稿-${stamp}.nianbao.json`;
}
