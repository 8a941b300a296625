/** `--proxy URL`: an http(s) URL with a host, or a one-line usage error that never echoes a password in it. */
export class ProxyOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProxyOptionError';
  }
}

export function checkProxyUrl(proxy: string): void {
  const shown = proxy.replace(/\/\/[^/@]*@/, '//***@');
  let u: URL;
  try {
    u = new URL(proxy);
  } catch {
    throw new ProxyOptionError(`--proxy ${shown}: not a URL (expected http://host:port)`);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) throw new ProxyOptionError(`--proxy ${shown}: expected http://host:port or https://host:port`);
}
