/**
 * New ids (drafts, copies, tabs). `crypto.randomUUID` exists only in secure contexts; on an intranet host over
 * plain http (issue 11) the same version-4 UUID is built from `crypto.getRandomValues`, which every context has.
 */

/** A random version-4 UUID, in every context the app runs in (https, http, file://). */
export function newId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
