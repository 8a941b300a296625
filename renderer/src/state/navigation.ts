/**
 * Where the admin is (the route, mirrored in the URL hash) and the one
 * notice on screen; `init` starts following the hash and the main side.
 */
import { on } from '../api';
import { request } from './request';
import { formatHash, parseHash, type Route } from '../routes';
import type { AppState, Slice } from './store';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface NavigationSlice {
  route: Route;
  notice?: Notice;
  /** Follows the hash, the test progress and the store's problems; returns the function that stops. */
  init(): () => void;
  navigate(route: Route, options?: { replace?: boolean }): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  /** Opens an address in the admin's browser (through the main side) and says how that went; `what` names the page. */
  openExternal(url: string, what: string): Promise<void>;
}

let noticeCounter = 0;

function currentHash(): string {
  return typeof location === 'undefined' ? '#/' : location.hash;
}

export const navigationSlice: Slice<NavigationSlice> = (set, get) => ({
  route: parseHash(currentHash()),

  init() {
    const onHash = () => {
      const route = parseHash(location.hash);
      set({ route });
      void routeChanged(get, route);
    };
    window.addEventListener('hashchange', onHash);
    const offProgress = get().followTestProgress();
    const offStoreProblem = on('storeProblem', (d) => {
      get().notify(`${d.title} (${d.code}). ${d.cause} ${d.fix.join(' ')}`, 'error');
    });
    void get().loadAppInfo();
    void routeChanged(get, get().route);
    return () => {
      window.removeEventListener('hashchange', onHash);
      offProgress();
      offStoreProblem();
    };
  },

  navigate(route, options) {
    const hash = formatHash(route);
    if (options?.replace) {
      history.replaceState(null, '', hash);
    } else if (location.hash !== hash) {
      location.hash = hash;
      return; // hashchange does the rest
    }
    set({ route });
    void routeChanged(get, route);
  },

  notify(text, tone = 'info') {
    noticeCounter += 1;
    set({ notice: { id: noticeCounter, text, tone } });
  },

  dismissNotice() {
    set({ notice: undefined });
  },

  async openExternal(url, what) {
    const opened = await request('openExternal', { url });
    // Say what really happened, and give the address to open by hand.
    if (!opened.ok) get().notify(`${what} did not open: ${opened.error.title} (${opened.error.code}). Open ${url} in your browser yourself.`, 'error');
    else get().notify(opened.value.opened ? `${what} opened in your browser.` : 'The browser did not open; copy the address below.');
  },
});

/** Loads what a route needs; persists the current step on the main side. */
async function routeChanged(get: () => AppState, route: Route): Promise<void> {
  const store = get();
  if (route.name === 'home') {
    await store.loadConfigs();
    return;
  }
  if (store.config?.id !== route.id) await store.openConfig(route.id);
  const config = get().config;
  if (!config) return;
  // A test may be running on the main side (started before a reload, or in another window).
  if (!get().testRun?.running) void store.attachRunningTest();
  if (route.name === 'history') {
    await store.loadHistory(route.id);
    return;
  }
  if (!route.step) {
    // Resume where the admin left off.
    store.navigate({ name: 'config', id: route.id, step: config.progress.currentStep }, { replace: true });
    return;
  }
  if (config.progress.currentStep !== route.step) await store.setCurrentStep(route.step);
  if (route.step === 'credentials' && !get().lastTestRecord) void store.loadLastTest();
}
