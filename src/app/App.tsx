import { AppHeader } from './AppHeader';
import { useRoute } from './useRoute';
import { strings } from './strings.zh-CN';

export function App() {
  const route = useRoute();
  return (
    <>
      <AppHeader />
      <main id="main" className="app-main">
        {route.page === 'home' && (
          <section aria-labelledby="home-title">
            <h1 id="home-title">{strings.homeTitle}</h1>
            <p>{strings.homeIntro}</p>
          </section>
        )}
        {route.page === 'notFound' && (
          <section>
            <h1>{strings.notFoundTitle}</h1>
            <p>
              <a href="#/">{strings.backHome}</a>
            </p>
          </section>
        )}
      </main>
    </>
  );
}
