/**
 * ExportTargetPicker for browser mode: there is no native save dialog, so
 * exports go to `<data folder>/exports/<name>` and the path is shown to the admin.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportTargetPicker } from '../core/ports';

export function createDataDirExportPicker(dataDir: string): ExportTargetPicker {
  return {
    async choose(defaultFileName) {
      const dir = path.join(dataDir, 'exports');
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      // Only a plain file name: never let a name escape the exports folder.
      const name = path.basename(defaultFileName).replace(/[^A-Za-z0-9._-]/g, '_') || 'sso-configurations.json';
      return path.join(dir, name);
    },
  };
}
