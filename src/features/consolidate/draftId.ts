/**
 * An id for the consolidated draft. crypto.randomUUID exists only in a secure context, and offices reach the
 * app over plain http: getRandomValues works everywhere (issue 15, the brief's rule on secure-context APIs).
 */
export function newDraftId(): string {
  const random = globalThis.crypto as Crypto | undefined;
  if (typeof random?.randomUUID === 'function' && globalThis.isSecureContext) return random.randomUUID();
  const bytes = new Uint8Array(16);
  random?.getRandomValues(bytes);
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
