/**
 * ClipboardPort for browser mode (no Electron clipboard): the platform's
 * clipboard tools. Text always goes through stdin, never argv, so a secret
 * never shows up in a process list. Linux: wl-copy/wl-paste (Wayland), xclip
 * or xsel (X11); macOS: pbcopy/pbpaste; Windows: clip / PowerShell.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { diagnosisError } from '../../common/diagnosis';
import type { ClipboardPort } from '../core/ports';

interface Tool {
  name: string;
  write: [string, ...string[]];
  read: [string, ...string[]];
}

const TIMEOUT_MS = 3000;

function onPath(bin: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return dirs.some((dir) =>
    exts.some((ext) => {
      try {
        fs.accessSync(path.join(dir, bin + ext), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** The tools this session can use, best first. */
export function clipboardTools(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Tool[] {
  const tools: Tool[] = [];
  const has = (bin: string) => onPath(bin, env, platform);
  if (platform === 'darwin') {
    if (has('pbcopy') && has('pbpaste')) tools.push({ name: 'pbcopy', write: ['pbcopy'], read: ['pbpaste'] });
  } else if (platform === 'win32') {
    tools.push({
      name: 'powershell',
      // clip.exe cannot write an empty string (to clear); Set-Clipboard reads stdin as-is.
      write: ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', '$t = [Console]::In.ReadToEnd(); if ($t) { Set-Clipboard -Value $t } else { Set-Clipboard -Value $null }'],
      read: ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw'],
    });
  } else {
    if (env.WAYLAND_DISPLAY && has('wl-copy') && has('wl-paste')) tools.push({ name: 'wl-copy', write: ['wl-copy'], read: ['wl-paste', '--no-newline'] });
    if (env.DISPLAY && has('xclip')) tools.push({ name: 'xclip', write: ['xclip', '-selection', 'clipboard', '-in'], read: ['xclip', '-selection', 'clipboard', '-out'] });
    if (env.DISPLAY && has('xsel')) tools.push({ name: 'xsel', write: ['xsel', '--clipboard', '--input'], read: ['xsel', '--clipboard', '--output'] });
  }
  return tools;
}

function run(argv: [string, ...string[]], input: string | null, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const [cmd, ...args] = argv;
    // Writers (xclip, wl-copy) leave a background process serving the selection:
    // wait for the direct child's exit, and do not hold pipes it could inherit.
    const child = spawn(cmd, args, { env, stdio: [input === null ? 'ignore' : 'pipe', input === null ? 'pipe' : 'ignore', 'ignore'], windowsHide: true });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} did not finish within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) {
        // Readers: let stdout drain before answering.
        if (child.stdout && !child.stdout.readableEnded) child.stdout.once('end', () => resolve(out));
        else resolve(out);
      } else reject(new Error(`${cmd} exited with status ${code}`));
    });
    if (input !== null) {
      child.stdin?.on('error', () => {}); // reported through exit/error
      child.stdin?.end(input, 'utf8');
    }
  });
}

export function createSystemClipboard(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ClipboardPort {
  function pick(): Tool {
    const tool = clipboardTools(env, platform)[0];
    if (!tool) {
      throw diagnosisError('CLIPBOARD_UNAVAILABLE', {
        platform,
        looked_for: platform === 'darwin' ? 'pbcopy, pbpaste' : platform === 'win32' ? 'powershell' : 'wl-copy/wl-paste (WAYLAND_DISPLAY), xclip or xsel (DISPLAY)',
        display: platform === 'linux' ? (env.WAYLAND_DISPLAY ? 'wayland' : env.DISPLAY ? 'x11' : 'none') : undefined,
      });
    }
    return tool;
  }
  async function attempt<T>(fn: (tool: Tool) => Promise<T>): Promise<T> {
    const tool = pick();
    try {
      return await fn(tool);
    } catch (err) {
      throw diagnosisError('CLIPBOARD_UNAVAILABLE', { tool: tool.name, reason: err instanceof Error ? err.message.slice(0, 200) : 'failed' });
    }
  }
  return {
    writeText: (text) => attempt((tool) => run(tool.write, text, env).then(() => undefined)),
    readText: () => attempt((tool) => run(tool.read, null, env)),
  };
}
