/** The window: header, the screen for the current route, footer with the version. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useApp } from './state/store';
import { HomeScreen } from './screens/HomeScreen';

// The first screen is the home list; the setup steps (with their pictures) and the history load
// when first opened, so the start-up bundle carries only what the home screen shows.
const ConfigScreen = lazy(() => import('./screens/ConfigScreen').then((m) => ({ default: m.ConfigScreen })));
const HistoryScreen = lazy(() => import('./screens/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
import { KeyholeMark } from './components/Icons';
import { LoginPromptDialog } from './components/LoginPromptDialog';

export function App() {
  const route = useApp((s) => s.route);
  const init = useApp((s) => s.init);
  useEffect(() => init(), [init]);
  const followLoginPrompts = useApp((s) => s.followLoginPrompts);
  useEffect(() => followLoginPrompts(), [followLoginPrompts]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          <KeyholeMark />
          SSO Setup Assistant
        </a>
        <span className="app-tagline">Your identity provider → Hugging Face Enterprise single sign-on</span>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {route.name === 'home' && <HomeScreen />}
        <Suspense fallback={<p className="screen-loading" aria-busy="true">Loading…</p>}>
          {route.name === 'config' && <ConfigScreen key={route.id} />}
          {route.name === 'history' && <HistoryScreen key={route.id} />}
        </Suspense>
      </main>
      <Notices />
      <Footer />
      <LoginPromptDialog />
    </div>
  );
}

function Footer() {
  const info = useApp((s) => s.appInfo);
  const error = useApp((s) => s.appInfoError);
  return (
    <footer className="app-footer">
      <span data-testid="app-version">
        {info ? `${info.name} ${info.version} — ${info.shell} mode` : error ? `SSO Setup Assistant — ${error.title}` : 'SSO Setup Assistant'}
      </span>
      {info && <span className="footer-data">Data folder: <code>{info.dataDir}</code></span>}
    </footer>
  );
}

/** One polite live region for confirmations ("Copied", "Saved"); errors use an assertive one. */
function Notices() {
  const notice = useApp((s) => s.notice);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!notice) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(dismissNotice, 6000);
    return () => window.clearTimeout(timer.current);
  }, [notice, dismissNotice]);
  return (
    <div className="notices">
      <div role="status" aria-label="Notifications" className={notice?.tone === 'info' ? 'notice notice-visible' : 'notice'}>
        {notice?.tone === 'info' ? notice.text : ''}
      </div>
      <div role="alert" className={notice?.tone === 'error' ? 'notice notice-error notice-visible' : 'notice'}>
        {notice?.tone === 'error' ? notice.text : ''}
      </div>
    </div>
  );
}
