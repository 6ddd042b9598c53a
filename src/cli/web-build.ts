// Builds the web app when it has not been built yet, so that `npm start` works on a fresh clone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function webAppBuilt(webDir: string) {
  return existsSync(path.join(webDir, 'index.html'));
}

/** Runs `vite build` into webDir in a child process (in parallel with database start-up). */
export function buildWebApp(webDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the web app failed (vite exited with ${code})`))));
  });
}
