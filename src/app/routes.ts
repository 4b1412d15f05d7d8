/**
 * Hash routes (the app is served as static files, often from file shares or intranet hosts without
 * rewrite rules): `#/` drafts list, `#/draft/<id>/<step>` a wizard step, `#/draft/<id>/print` the print view,
 * `#/consolidate[/<id>]` a 汇总.
 */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'wizard'; readonly draftId: string; readonly step: string }
  | { readonly page: 'print'; readonly draftId: string }
  /** 汇总 (issue 15): `#/consolidate` a new one, `#/consolidate/<id>` the units of a saved one. */
  | { readonly page: 'consolidate'; readonly draftId?: string }
  | { readonly page: 'notFound'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'consolidate') return parts[1] ? { page: 'consolidate', draftId: parts[1] } : { page: 'consolidate' };
  if (parts[0] === 'draft' && parts[1]) {
    if (parts[2] === 'print') return { page: 'print', draftId: parts[1] };
    return { page: 'wizard', draftId: parts[1], step: parts[2] ?? 'meta' };
  }
  return { page: 'notFound', hash };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'wizard':
      return `#/draft/${encodeURIComponent(route.draftId)}/${encodeURIComponent(route.step)}`;
    case 'print':
      return `#/draft/${encodeURIComponent(route.draftId)}/print`;
    case 'consolidate':
      return route.draftId ? `#/consolidate/${encodeURIComponent(route.draftId)}` : '#/consolidate';
    case 'notFound':
      return route.hash;
  }
}
