/**
 * A configuration's status, the same way everywhere: a badge with its word
 * (never colour alone) and, where there is room, the sentence saying what
 * was tested, when, as whom, and what to do.
 */
import '../styles/status.css';
import type { ConfigStatus } from '../../../common/rules/config-status';
import { statusText } from '../../../common/rules/status-text';

const ICON = { ok: '✓', warn: '!', fail: '✗', neutral: '○', running: '◔' } as const;

export function StatusBadge({ status, withDetail = false, className = '' }: { status: ConfigStatus; withDetail?: boolean; className?: string }) {
  const text = statusText(status);
  return (
    <span className={`status ${className}`.trim()}>
      <span className={`status-badge status-${text.tone}`} data-status={status.kind}>
        <span aria-hidden="true" className="status-icon">
          {ICON[text.tone]}
        </span>{' '}
        {text.label}
      </span>
      {withDetail && <span className="status-detail">{text.detail}</span>}
    </span>
  );
}
