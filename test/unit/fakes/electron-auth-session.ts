// Stands for Electron's `session` module and the in-memory Session of one
// login partition (main process): `fromPartition()` records each partition
// asked for; a FakeAuthSession keeps the webRequest.onBeforeRequest filter and
// listener (and onResponseStarted's), the permission handlers, and counts
// clearStorageData()/clearCache()/clearAuthCache()/closeAllConnections().
// `request(url, resourceType, sent)` plays Chromium starting a request (a GET, or `sent`'s method and uploadData): it applies
// the URL filter like Chromium would and returns the listener's answer;
// `responseStarted(url, status, headers)` plays a response's headers arriving.
import type { OnBeforeRequestListenerDetails, OnResponseStartedListenerDetails, CallbackResponse, Session, WebRequestFilter } from 'electron';

type BeforeRequestListener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;
type ResponseStartedListener = (details: OnResponseStartedListenerDetails) => void;
type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class FakeAuthSession {
  filter: WebRequestFilter | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  requestHandler: RequestHandler = null;
  checkHandler: CheckHandler = null;
  responseStarted: ResponseStartedListener | null = null;
  storageCleared = 0;
  cacheCleared = 0;
  authCacheCleared = 0;
  connectionsClosed = 0;
  private nextRequestId = 1;

  constructor(readonly partition: string) {}

  readonly webRequest = {
    onBeforeRequest: (filterOrListener: WebRequestFilter | BeforeRequestListener | null, listener?: BeforeRequestListener | null) => {
      if (typeof filterOrListener === 'function' || filterOrListener === null) {
        this.filter = null;
        this.beforeRequest = filterOrListener;
      } else {
        this.filter = filterOrListener;
        this.beforeRequest = listener ?? null;
      }
    },
    onResponseStarted: (filterOrListener: WebRequestFilter | ResponseStartedListener | null, listener?: ResponseStartedListener | null) => {
      this.responseStarted = typeof filterOrListener === 'function' || filterOrListener === null ? filterOrListener : (listener ?? null);
    },
  };

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }
  async clearStorageData(): Promise<void> {
    this.storageCleared++;
  }
  async clearCache(): Promise<void> {
    this.cacheCleared++;
  }
  async clearAuthCache(): Promise<void> {
    this.authCacheCleared++;
  }
  async closeAllConnections(): Promise<void> {
    this.connectionsClosed++;
  }

  /** A response's headers arrive (names as the server sent them; Electron gives each header's values as an array). */
  respondStarted(url: string, statusCode: number, responseHeaders: Record<string, string[]> = {}, resourceType: OnResponseStartedListenerDetails['resourceType'] = 'mainFrame'): void {
    this.responseStarted?.({ id: this.nextRequestId++, url, method: 'GET', resourceType, referrer: '', timestamp: Date.now(), statusCode, statusLine: `HTTP/1.1 ${statusCode}`, responseHeaders, fromCache: false });
  }

  /**
   * Plays a request. Returns the listener's answer, or 'not-filtered' when the
   * URL filter keeps it from the listener (Chromium sends it on untouched).
   */
  request(
    url: string,
    resourceType: OnBeforeRequestListenerDetails['resourceType'] = 'mainFrame',
    /** A POST's method and body parts, as Electron gives them (`{ bytes }` for form fields, `{ file }` for an upload). */
    sent: Pick<OnBeforeRequestListenerDetails, 'method' | 'uploadData'> = { method: 'GET', uploadData: [] },
  ): CallbackResponse | 'not-filtered' {
    if (!this.beforeRequest || !this.matchesFilter(url)) return 'not-filtered';
    let answer: CallbackResponse | undefined;
    this.beforeRequest(
      { id: this.nextRequestId++, url, method: sent.method, resourceType, referrer: '', timestamp: Date.now(), uploadData: sent.uploadData },
      (response) => (answer = response),
    );
    if (!answer) throw new Error('onBeforeRequest listener did not call back synchronously');
    return answer;
  }

  /** Chromium's URL patterns as far as the adapter uses them: `<scheme or *>://<host>/*`, any port. */
  private matchesFilter(url: string): boolean {
    const u = new URL(url);
    return (this.filter?.urls ?? []).some((pattern) => {
      const m = /^(\*|https?):\/\/([^/:]+)\/\*$/.exec(pattern);
      if (!m) throw new Error(`FakeAuthSession: unsupported URL pattern ${pattern}`);
      const schemeOk = m[1] === '*' ? u.protocol === 'http:' || u.protocol === 'https:' : u.protocol === `${m[1]}:`;
      return schemeOk && u.hostname === m[2];
    });
  }
}

/** Stands for `electron.session`: only fromPartition(), which Electron answers with the same Session for the same name. */
export class FakeSessionModule {
  readonly byPartition = new Map<string, FakeAuthSession>();
  readonly asked: string[] = [];

  fromPartition(partition: string): FakeAuthSession {
    this.asked.push(partition);
    let s = this.byPartition.get(partition);
    if (!s) this.byPartition.set(partition, (s = new FakeAuthSession(partition)));
    return s;
  }
}
