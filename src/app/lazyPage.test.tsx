// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazyPage';

function Greeting({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

describe('lazyPage (issue 16)', () => {
  it('renders a preloaded page in the first render, without the Suspense fallback', async () => {
    let loads = 0;
    const page = lazyPage(() => {
      loads += 1;
      return Promise.resolve(Greeting);
    });
    await page.preload();
    render(
      <Suspense fallback={<p>正在加载…</p>}>
        <page.Page name="甲" />
      </Suspense>,
    );
    expect(screen.getByText('你好，甲')).toBeTruthy();
    expect(screen.queryByText('正在加载…')).toBeNull();
    await page.preload();
    expect(loads).toBe(1);
  });

  it('suspends as React.lazy does when the page was not preloaded, and keeps the page mounted once it loads', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const page = lazyPage(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const view = render(
      <Suspense fallback={<p>正在加载…</p>}>
        <page.Page name="乙" />
      </Suspense>,
    );
    expect(screen.getByText('正在加载…')).toBeTruthy();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('你好，乙')).toBeTruthy();
    const shown = screen.getByText('你好，乙');
    view.rerender(
      <Suspense fallback={<p>正在加载…</p>}>
        <page.Page name="乙" />
      </Suspense>,
    );
    // The same element: re-rendering did not swap the lazy wrapper for the loaded component (a remount).
    expect(screen.getByText('你好，乙')).toBe(shown);
  });
});
