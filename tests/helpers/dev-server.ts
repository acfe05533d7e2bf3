import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { childEnv, projectRoot } from './build.ts';
import type { Served } from '../../src/harness/serve.ts';

/**
 * Starts `astro dev` as `npm run dev` would, in a child process of its own (in this process
 * Vitest's NODE_ENV=test would make it no dev server), with extra environment such as another
 * content folder. Resolves once it prints the address it serves.
 */
export async function startDevServer(env: Record<string, string>): Promise<Served> {
  const astro = path.join(projectRoot, 'node_modules/.bin/astro');
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: projectRoot,
    env: { ...childEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev printed no address in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      // Without its colours: Astro colours its banner even when its output is a pipe.
      output += chunk.toString().replace(/\x1b\[[\d;]*m/g, '');
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
