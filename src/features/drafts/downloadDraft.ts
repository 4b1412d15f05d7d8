/**
 * A plain download of one draft as the hand-over envelope: the way out when the browser refuses to save
 * (the transfer feature builds the full export with its checks and bookkeeping).
 */
import { APP_VERSION, envelopeFileName, makeEnvelope } from '../../draft';
import type { Draft } from '../../draft';

export async function downloadDraft(draft: Draft, now = new Date()): Promise<void> {
  const envelope = await makeEnvelope(draft, APP_VERSION, now.toISOString());
  const blob = new Blob([JSON.stringify(envelope, null, 1)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = envelopeFileName(draft, now);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
