// Types for electron-launch.mjs (plain ESM, so `npm start` runs it without a build step).
import type { Stats } from 'node:fs';

export function electronExecutable(input: {
  electronDir: string;
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  readText: (file: string) => string;
}): string | null;
export function electronChildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean;
export function cannotStartReason(input: {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  uid: number;
  args: string[];
  executable: string;
  readText: (file: string) => string;
  stat: (file: string) => Pick<Stats, 'uid' | 'mode'> | null;
}): string | null;
export function startupFailureReason(stderr: string): string | null;
export const EARLY_EXIT_MS: number;
export const DOWNLOAD_TIMEOUT_MS: number;
