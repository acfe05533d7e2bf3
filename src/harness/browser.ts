import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, kept off the network: this machine reaches no host but the
 * package registries, and the background services would otherwise retry connections for ever.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
