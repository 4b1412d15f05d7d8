/**
 * Test builds only (issue 12): with `VITE_TEST_HOOKS=1` at build time (playwright.config.ts sets it) and
 * `?testThrow=<where>` in the address, this throws while rendering, so an e2e test can see the recovery screen.
 * In any other build the condition is false at compile time and the throw is removed: no address can trigger it.
 */
export function ThrowForTest({ where }: { readonly where: string }) {
  if (import.meta.env.VITE_TEST_HOOKS === '1') {
    const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    if (query.get('testThrow') === where) throw new Error(`测试钩子抛出的错误（${where}）`);
  }
  return null;
}
