/** Starting an example's server for the end-to-end specs: a free 127.0.0.1 port, its output kept, killed with the worker. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = dirname(dirname(fileURLToPath(import.meta.url)));

/** A port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  process: ChildProcess;
  output: string[];
}

/** How to serve an example: `node <args>` in its folder with `env`, on 127.0.0.1:`port`. */
export type Serve = (port: number) => { args: string[]; env?: Record<string, string> };

/**
 * Starts `node <args>` in examples/<name> and waits until it answers on its URL, for at most `startupMs` (a
 * development server compiles its page on the first request: slow on a busy machine). `label` names it in errors.
 */
export async function startServer(name: string, serve: Serve, startupMs: number, label = name): Promise<Server> {
  const port = await freePort();
  const { args, env } = serve(port);
  const child = spawn(process.execPath, args, {
    cwd: join(examples, name),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never outlive the test worker, even when it stops before afterAll.
  process.once('exit', () => child.kill());
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + startupMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { url, process: child, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`${label}: no answer from ${url} (exit code ${child.exitCode}).\n${output.join('')}`);
}
