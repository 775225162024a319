// Starts the editors' live preview (scripts/preview.sh) on a free port, for the preview's
// browser test and its benchmark: `startPreview(file)` resolves, once it serves, to
// { url, stop(), output() } (output: what it printed to stderr so far).
import { spawn } from 'node:child_process';

export function startPreview(content) {
  const child = spawn('bash', ['scripts/preview.sh', content], {
    env: { ...process.env, PORT: '0' },
    // Its own process group, so stop() ends the builds it started too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => { output += d; });
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const found = out.match(/ at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) resolve({ url: found[1], stop, output: () => output });
    });
    child.on('exit', (code) => reject(new Error(`scripts/preview.sh exited (${code}):\n${output}`)));
  });
}
