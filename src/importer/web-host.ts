/** A web host and nothing else: `civil.ge`, `www.reuters.com`, `guardian.co.uk`. */
export const WEB_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
