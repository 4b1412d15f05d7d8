import { strings } from './strings.zh-CN';

export function AppHeader() {
  return (
    <header className="app-header">
      <a className="app-brand" href="#/">
        <span className="app-brand-name">{strings.productName}</span>
        <span className="app-brand-sub">{strings.productSubtitle}</span>
      </a>
    </header>
  );
}
