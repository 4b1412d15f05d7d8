// Built-ins newer than the oldest supported browser are filled in before anything else runs (issue 11).
// A module run for its effect: package.json lists it under sideEffects, or the bundler would drop this import.
import './legacyApis';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
