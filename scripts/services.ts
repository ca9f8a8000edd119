/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's packages (installed when missing, as `.ci/run` installs
 * Chromium), each started on a free loopback port with its data in a temporary folder, and stopped by `stop()`.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { Redis } from 'ioredis';

import { log } from './n8n';
import { freePort } from './triggers';

const POSTGRES_ROOT = '/usr/lib/postgresql';

function postgresBin(): string | undefined {
	if (!existsSync(POSTGRES_ROOT)) return undefined;
	const versions = readdirSync(POSTGRES_ROOT).filter((version) => existsSync(path.join(POSTGRES_ROOT, version, 'bin/initdb')));
	const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
	return newest ? path.join(POSTGRES_ROOT, newest, 'bin') : undefined;
}

const hasRedis = () => spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;

/** Installs Debian's redis-server and postgresql when either is missing (as root; otherwise says what to run). */
export function ensureDebianPackages(): void {
	const missing = [...(hasRedis() ? [] : ['redis-server']), ...(postgresBin() ? [] : ['postgresql'])];
	if (missing.length === 0) return;
	if (userInfo().uid !== 0) throw new Error(`Queue mode needs Debian's ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`);
	log(`Installing Debian's ${missing.join(' and ')} (once)...`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
	execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

async function waitUntil(what: string, ready: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (await ready().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

export interface RedisService {
	port: number;
	/** A client for the script itself (reads, fault injection). */
	client: Redis;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisService> {
	const port = await freePort();
	const folder = mkdtempSync(path.join(tmpdir(), 'messaging-suite-redis-'));
	const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder], {
		stdio: 'ignore',
	});
	const client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
	client.on('error', () => undefined);
	await waitUntil('redis-server', async () => client.status === 'ready' && (await client.ping()) === 'PONG');
	return {
		port,
		client,
		stop: async () => {
			client.disconnect();
			await stopChild(server);
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

/** Stops a child with SIGTERM, and SIGKILL if it has not exited 30 s later. */
export async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const killed = setTimeout(() => child.kill('SIGKILL'), 30_000);
	await exited;
	clearTimeout(killed);
}

export interface PostgresService {
	port: number;
	database: string;
	user: string;
	stop(): void;
}

/** PostgreSQL refuses to run as root: as root it runs as Debian's `postgres` user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
	return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export async function startPostgres(): Promise<PostgresService> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (ensureDebianPackages first)');
	const port = await freePort();
	const folder = mkdtempSync(path.join(tmpdir(), 'messaging-suite-postgres-'));
	if (userInfo().uid === 0) {
		const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(folder, id('-u'), id('-g'));
	}
	const data = path.join(folder, 'data');
	const run = (command: string, args: string[]) => {
		const [file, argv] = asPostgresUser(path.join(bin, command), args);
		execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
	};
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
	// Durability off: the database lives as long as the test.
	const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	run('pg_ctl', ['-D', data, '-l', path.join(folder, 'postgres.log'), '-o', options, '-w', 'start']);
	run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-q', '-c', 'CREATE DATABASE n8n']);
	return {
		port,
		database: 'n8n',
		user: 'postgres',
		stop: () => {
			try {
				run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(folder, { recursive: true, force: true });
			}
		},
	};
}
