/** Small inline icons (SVG, no emoji fonts needed); decorative, hidden from assistive technology. */
export function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

export function KeyholeMark() {
  return (
    <svg className="icon brand-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="currentColor" />
      <circle cx="12" cy="10" r="2.4" className="brand-icon-hole" />
      <rect x="11" y="11.5" width="2" height="5" rx="1" className="brand-icon-hole" />
    </svg>
  );
}
