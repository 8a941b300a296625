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

export function createElectronExportPicker(deps: ExportPickerDeps): ExportTargetPicker {
  return {
    choose: async (defaultFileName) => {
      const options = {
        title: 'Export configurations',
        defaultPath: path.join(deps.documentsDir(), path.basename(defaultFileName)),
        filters: [{ name: 'JSON', extensions: ['json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = deps.parent();
      const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath;
    },
  };
}
