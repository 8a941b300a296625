/** Builds the start-up reference page (bench/reference-app/) into `outDir`; see reference-build.mjs. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export async function buildReferenceApp(outDir: string): Promise<string> {
  execFileSync(process.execPath, [path.join(__dirname, 'reference-build.mjs'), outDir], { stdio: 'inherit', cwd: path.resolve(__dirname, '..') });
  return outDir;
}
