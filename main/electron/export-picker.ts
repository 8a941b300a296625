/** The ExportTargetPicker port on the native save dialog, attached to the main window. */
import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import type { ExportTargetPicker } from '../core/ports';

export interface ExportPickerDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the dialog starts (the user's Documents folder). */
  documentsDir: () => string;
  parent: () => BaseWindow | null;
}

/** The dialog's title and file type follow what is being saved (configurations, or an evidence report). */
const KINDS: Record<string, { title: string; filter: { name: string; extensions: string[] } }> = {
  json: { title: 'Export configurations', filter: { name: 'JSON', extensions: ['json'] } },
  pdf: { title: 'Save evidence report', filter: { name: 'PDF', extensions: ['pdf'] } },
  html: { title: 'Save evidence report', filter: { name: 'HTML', extensions: ['html'] } },
};

export function createElectronExportPicker(deps: ExportPickerDeps): ExportTargetPicker {
  return {
    choose: async (defaultFileName) => {
      const kind = KINDS[path.extname(defaultFileName).slice(1).toLowerCase()] ?? KINDS.json!;
      const options = {
        title: kind.title,
        defaultPath: path.join(deps.documentsDir(), path.basename(defaultFileName)),
        filters: [kind.filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = deps.parent();
      const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath;
    },
  };
}
