// @vitest-environment jsdom
// Fetched ahead, a preloadable lazy component renders at once, with no Suspense fallback (issue 15); not fetched,
// it suspends like React.lazy and shows once its chunk is here; one that fails can be fetched again.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from './preloadableLazy';

const Greeting = ({ name }: { name: string }) => <p>你好，{name}</p>;

describe('preloadableLazy', () => {
  it('renders a preloaded component in the first commit, without the fallback', async () => {
    let calls = 0;
    const Lazy = preloadableLazy(() => {
      calls += 1;
      return Promise.resolve(Greeting);
    });
    await Lazy.preload();
    await Lazy.preload();
    render(
      <Suspense fallback={<p>正在加载</p>}>
        <Lazy name="甲局" />
      </Suspense>,
    );
    expect(screen.getByText('你好，甲局')).toBeTruthy();
    expect(screen.queryByText('正在加载')).toBeNull();
    expect(calls).toBe(1);
  });

  it('suspends when not fetched ahead, then shows the component, and keeps it mounted', async () => {
    const Lazy = preloadableLazy(() => Promise.resolve(Greeting));
    const view = render(
      <Suspense fallback={<p>正在加载</p>}>
        <Lazy name="乙局" />
      </Suspense>,
    );
    expect(screen.getByText('正在加载')).toBeTruthy();
    expect(await screen.findByText('你好，乙局')).toBeTruthy();
    const shown = screen.getByText('你好，乙局');
    view.rerender(
      <Suspense fallback={<p>正在加载</p>}>
        <Lazy name="乙局" />
      </Suspense>,
    );
    // The same element: re-rendering did not swap the lazy wrapper for the loaded component (a remount).
    expect(screen.getByText('你好，乙局')).toBe(shown);
  });

  it('fetches again after a failed fetch', async () => {
    let calls = 0;
    const Lazy = preloadableLazy(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    render(<Lazy name="丙局" />);
    expect(screen.getByText('你好，丙局')).toBeTruthy();
  });
});
