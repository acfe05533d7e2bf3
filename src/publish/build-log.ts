import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLog from 'astro/logger/node';

/**
 * Astro's own console log (astro/logger/node), one line per page. Astro prints a page's path
 * when it starts rendering it and the page's time, on the same line, when it ends; with several
 * pages in flight (astro.config.mjs build.concurrency) the ends come after other pages' starts,
 * so the log ran the paths together on one line and then printed a column of bare ` (+46ms)`.
 * Here each path gets a line of its own and the times, which no longer say which page they
 * belong to, are left out. The benchmark, which reads those times, sets
 * DATELINE_ASTRO_LOG=raw and gets Astro's log unchanged (astro.config.mjs).
 *
 * Loaded by Node itself as the config's `logger.entrypoint`, so it is plain TypeScript that
 * Node can strip.
 */

/** A page's time as Astro appends it, after its colours are removed: ` (+46ms) `, ` (+1.2s) `. */
const PAGE_TIME = /^\s*\(\+[\d.]+\s*m?s\)\s*$/;
const COLOURS = /\x1b\[[\d;]*m/g;

export default function buildLog(options?: Parameters<typeof nodeLog>[0]): AstroLoggerDestination {
  const astro = nodeLog(options);
  /** A line Astro left open (a page's path), written once the next message shows how it ends. */
  let open: AstroLoggerMessage | undefined;
  const close = (rest = '') => {
    if (open) astro.write({ ...open, message: open.message + rest, newLine: true });
    open = undefined;
  };
  return {
    write(message) {
      const continuation = message.label === 'SKIP_FORMAT';
      if (continuation && PAGE_TIME.test(message.message.replace(COLOURS, ''))) {
        close();
        return;
      }
      // A continuation written straight after its line (a cached page's "(cached)") stays on it.
      if (continuation && open) {
        close(message.message);
        return;
      }
      close();
      if (message.newLine) astro.write(message);
      else open = message;
    },
    flush() {
      close();
      astro.flush?.();
    },
    close() {
      close();
      astro.close?.();
    },
  };
}
