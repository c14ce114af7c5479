// Entry point of the web app: the router, Ant Design's locale and theme, and the app shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from './i18n';
import { App } from './App';
import { SessionProvider } from './session';
// Ant Design's component styles as one static stylesheet (zero-runtime mode, App.tsx): the app's own
// stylesheets come after it and win where they differ.
import 'antd/dist/antd.css';
import './styles.css';
import './a11y.css';
import { startChineseAria } from './zh-aria';

startChineseAria();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
