/**
 * The claims the Hub will see after login, and what they mean for the Hub: an ID token's claims, or a SAML
 * assertion's NameID and its attributes by their exact Name (a name or a URI, as the role mapping reads them).
 */
import type { ClaimsSummary } from '../../../common/contract';

/** A claim's value as sent, or the words for its absence. */
type ClaimValue = string | { absent: string };

/** A SAML login: the NameID (the Hub matches it as the email), then every attribute as the assertion names it. */
function samlRows(claims: ClaimsSummary): [string, ClaimValue][] {
  return [
    ['NameID', claims.sub],
    ...Object.entries(claims.other).map(([k, v]): [string, ClaimValue] => [k, Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v)]),
  ];
}

export function ClaimsView({ claims }: { claims: ClaimsSummary }) {
  const saml = claims.source === 'saml-assertion';
  // A value is shown as the token has it (monospace, like every claim name); an absent one says so in words.
  const rows: [string, ClaimValue][] = saml ? samlRows(claims) : [
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
      <h3>{saml ? 'What the Hub will see in the SAML assertion' : 'Claims the Hub will see'}</h3>
      <table className="claims-table">
        <thead>
          <tr>
            <th scope="col">{saml ? 'NameID or attribute' : 'Claim'}</th>
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
        <strong>Remember:</strong> the Hub signs people in by email{saml ? ' (the NameID, format EmailAddress)' : ''}. {claims.email ? <>The address <strong>{claims.email}</strong></> : 'Each user’s email'} must
        be one of the emails on that person’s Hugging Face account (Settings → Account), or the Hub will not recognise them.
      </p>
    </div>
  );
}
