/** The claims the Hub will see after login, and what they mean for the Hub. */
import type { ClaimsSummary } from '../../../common/contract';

/** A claim's value as sent, or the words for its absence. */
type ClaimValue = string | { absent: string };

export function ClaimsView({ claims }: { claims: ClaimsSummary }) {
  // A value is shown as the token has it (monospace, like every claim name); an absent one says so in words.
  const rows: [string, ClaimValue][] = [
    ['email', claims.email ?? { absent: '(missing)' }],
    ['email_verified', claims.email_verified === undefined ? { absent: '(not sent)' } : String(claims.email_verified)],
    ['sub', claims.sub],
    ['name', claims.name ?? { absent: '(not sent)' }],
    ['preferred_username', claims.preferred_username ?? { absent: '(not sent)' }],
    ['groups', claims.groups ? (claims.groups.length ? claims.groups.join(', ') : { absent: '(empty)' }) : { absent: '(not sent)' }],
    ...Object.entries(claims.other).map(([k, v]): [string, ClaimValue] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  ];
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
              <td>{typeof v === 'string' ? <code className="claim-value">{v}</code> : <span className="muted claim-absent">{v.absent}</span>}</td>
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
