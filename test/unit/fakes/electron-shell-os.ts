// Stands for three Electron main-process modules that reach the OS:
// `shell` (openExternal: records the URLs it would hand to the default browser),
// `dialog` (showSaveDialog: answers with a scripted choice, records its options
// and parent window) and `clipboard` (async writeText/readText on a string).
import type { BaseWindow, OpenExternalOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';

export class FakeShell {
  readonly opened: Array<{ url: string; options?: OpenExternalOptions }> = [];
  async openExternal(url: string, options?: OpenExternalOptions): Promise<void> {
    this.opened.push({ url, options });
  }
}

export class FakeDialog {
  readonly shown: Array<{ parent: BaseWindow | null; options: SaveDialogOptions }> = [];
  constructor(public answer: SaveDialogReturnValue) {}

  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  async showSaveDialog(a: BaseWindow | SaveDialogOptions, b?: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    if (b) this.shown.push({ parent: a as BaseWindow, options: b });
    else this.shown.push({ parent: null, options: a as SaveDialogOptions });
    return this.answer;
  }
}

export class FakeClipboard {
  text = '';
  // Electron 45's clipboard is asynchronous, like navigator.clipboard.
  async writeText(text: string): Promise<void> {
    this.text = text;
  }
  async readText(): Promise<string> {
    return this.text;
  }
}
