/** "Keyboard shortcuts": a button that opens the list in a dialog (also opened by "?"). */
import { shortcutList } from '../state/shortcuts';
import { useApp } from '../state/store';
import { Dialog } from './Dialog';

export function ShortcutsHelp({ open, onOpen, onClose }: { open: boolean; onOpen: () => void; onClose: () => void }) {
  const mac = useApp((s) => s.appInfo?.platform === 'darwin');
  return (
    <>
      <button type="button" className="link-button shortcuts-button" onClick={onOpen} aria-haspopup="dialog" aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {shortcutList(mac).map(({ keys, does }) => (
              <tr key={does}>
                <td className="shortcut-keys">
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' + '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{mac ? 'Ctrl works as well as ⌘.' : 'On a Mac, use ⌘ instead of Ctrl.'}</p>
      </Dialog>
    </>
  );
}
