// Serves a built site through the shipped nginx configuration
// (deploy/nginx/snippets/kompetansebanken/site.conf), as the current user, on
// a free loopback port, with everything nginx writes in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const snippets = join(import.meta.dirname, '..', 'deploy', 'nginx', 'snippets');
const mimeTypes = '/etc/nginx/mime.types';

export const installHint = 'nginx is not installed; on Debian or Ubuntu: sudo apt-get install nginx (CI installs it in .ci/run)';

/** The nginx binary, or undefined where nginx (or its mime.types) is not installed. */
export function findNginx(): string | undefined {
  const candidates = ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx'];
  const found = candidates.find((binary) => spawnSync(binary, ['-v']).status === 0);
  return found && existsSync(mimeTypes) ? found : undefined;
}

/** A port nothing listens on now, on the loopback address. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** The shipped site configuration; other sites (the benchmark's Starlight reference) pass their own server block. */
export const siteServerBlock = 'include snippets/kompetansebanken/site.conf;';

function mainConfig(prefix: string, port: number, root: string, serverBlock: string): string {
  return `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    ${serverBlock}
  }
}
`;
}

async function waitForPort(url: string, exited: () => string | undefined): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const failure = exited();
    if (failure !== undefined) throw new Error(failure);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts nginx serving `root` (a built dist/ folder), by default with the shipped configuration. */
export async function serveWithNginx(root: string, nginx = findNginx(), serverBlock = siteServerBlock): Promise<RunningServer> {
  if (!nginx) throw new Error(installHint);
  const prefix = await mkdtemp(join(tmpdir(), 'kb-nginx-'));
  await cp(snippets, join(prefix, 'snippets'), { recursive: true });
  const port = await freePort();
  await writeFile(join(prefix, 'nginx.conf'), mainConfig(prefix, port, root, serverBlock));
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let exitCode: number | null | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(url, () => (exitCode === undefined ? undefined : `nginx exited (${exitCode}): ${stderr}`));
  } catch (error) {
    child.kill();
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (exitCode === undefined) {
        child.kill('SIGQUIT');
        await exit;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
