// Stands for Electron's `app` module (main process): an event emitter with the
// lifecycle members the shell calls. `becomeReady()` plays Chromium finishing
// start-up; `quit()` emits a preventable 'before-quit' and, unless prevented,
// 'will-quit', like Electron.
import { EventEmitter } from 'node:events';

export class FakeApp extends EventEmitter {
  name = 'Electron';
  readonly paths = new Map<string, string>([
    ['appData', '/home/admin/.config'],
    ['userData', '/home/admin/.config/Electron'],
    ['documents', '/home/admin/Documents'],
  ]);
  lockGranted = true;
  ready = false;
  quitRequests = 0;
  quitted = false;
  exitCode: number | null = null;
  /** Whether enableSandbox() was called, and before ready (Electron ignores it afterwards). */
  sandboxEnabledBeforeReady: boolean | null = null;
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  setName(name: string): void {
    this.name = name;
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  enableSandbox(): void {
    this.sandboxEnabledBeforeReady = !this.ready;
  }
  /** userData when the lock was asked for (Chromium keeps the lock file there). */
  userDataAtLock: string | null = null;
  requestSingleInstanceLock(): boolean {
    this.userDataAtLock = this.paths.get('userData') ?? null;
    return this.lockGranted;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.emit('ready');
    this.resolveReady();
    await this.readyPromise;
    await new Promise((r) => setImmediate(r));
  }
  quit(): void {
    this.quitRequests++;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.emit('will-quit', { preventDefault: () => {} });
    this.quitted = true;
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
}
