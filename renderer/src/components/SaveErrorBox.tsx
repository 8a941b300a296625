/** The last save's failure, with a way out when another window saved first. */
import { useApp } from '../state/store';
import { ErrorBox } from './DiagnosisView';

export function SaveErrorBox() {
  const saveError = useApp((s) => s.saveError);
  const reloadConfig = useApp((s) => s.reloadConfig);
  if (!saveError) return null;
  return (
    <ErrorBox diagnosis={saveError}>
      {saveError.code === 'CONFIG_CHANGED_ELSEWHERE' && (
        <button type="button" onClick={() => void reloadConfig()}>
          Reload the configuration
        </button>
      )}
    </ErrorBox>
  );
}
