/** The claims the Hub will see after login, and what they mean for the Hub. */
import type { ClaimsSummary } from '../../../common/contract';

export function ClaimsView({ claims }: { claims: ClaimsSummary }) {
  const rows: [string, string][] = [
    ['email', claims.email ?? '(missing)'],
    ['email_verified', claims.email_verified === undefined ? '(not sent)' : String(claims.email_verified)],
    ['sub', claims.sub],
    ['name', claims.name ?? '(not sent)'],
    ['preferred_username', claims.preferred_username ?? '(not sent)'],
    ['groups', claims.groups ? (claims.groups.length ? claims.groups.join(', ') : '(empty)') : '(not sent)'],
  ];
  const other = Object.entries(claims.other);
  return (
    <div className="claims">
      <h3>Claims the Hub will see</h3>
      <table className="claims-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">
                <code>{k}</code>
              </th>
              <td>{v}</td>
            </tr>
          ))}
          {other.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">
                <code>{k}</code>
              </th>
              <td>
                <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="reminder">
        <strong>Remember:</strong> the Hub signs people in by email. {claims.email ? <>The address <strong>{claims.email}</strong></> : 'Each user’s email'} must
        be one of the emails on that person’s Hugging Face account (Settings → Account), or the Hub will not recognise them.
      </p>
    </div>
  );
}
