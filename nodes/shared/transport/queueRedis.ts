/**
 * The Redis of n8n's queue mode, for what every process of one n8n must share: the rate ceilings (sharedCeiling.ts)
 * and the webhook duplicate check (seenIds.ts). n8n gives the main instance and every worker the same settings in the
 * environment (https://docs.n8n.io/hosting/configuration/environment-variables/queue-mode/), so each process reaches
 * the same Redis without a setting of the package's own. This is the one file that reads the environment.
 */
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { LoggerProxy, sleep } from 'n8n-workflow';

export type SharedRedis = Redis | Cluster;

/** Turns the shared ceiling off (`false`) in queue mode; each process then keeps its own, as without queue mode. */
export const SHARED_CEILING_SWITCH = 'N8N_MESSAGING_SUITE_SHARED_CEILING';

/** How long a Redis command may take before the caller falls back; well under one request's own time budget. */
const COMMAND_TIMEOUT_MS = 500;

type Environment = Record<string, string | undefined>;

function readEnvironment(): Environment {
	// The queue-mode settings exist only in the environment n8n was started with.
	return process.env;
}

const isTrue = (value: string | undefined) => value === 'true';

/** The connection options n8n's own queue client would use, as far as they concern a plain client. */
export function queueRedisOptions(environment: Environment): RedisOptions {
	const tls = isTrue(environment.QUEUE_BULL_REDIS_TLS)
		? {
				servername: environment.QUEUE_BULL_REDIS_TLS_SERVERNAME || undefined,
				rejectUnauthorized: environment.QUEUE_BULL_REDIS_TLS_VALIDATE_CERTIFICATE !== 'false',
			}
		: undefined;
	return {
		host: environment.QUEUE_BULL_REDIS_HOST || 'localhost',
		port: Number(environment.QUEUE_BULL_REDIS_PORT || 6379),
		db: Number(environment.QUEUE_BULL_REDIS_DB || 0),
		username: environment.QUEUE_BULL_REDIS_USERNAME || undefined,
		password: environment.QUEUE_BULL_REDIS_PASSWORD || undefined,
		family: isTrue(environment.QUEUE_BULL_REDIS_DUALSTACK) ? 0 : 4,
		tls,
		// So that an operator (and the queue-mode test) can tell this package's connections from n8n's (CLIENT LIST).
		connectionName: 'n8n-messaging-suite',
		// rate-limiter-flexible's advice for ioredis: fail at once while disconnected instead of queueing commands, so
		// that a request falls back to the safe share rather than waiting for Redis.
		enableOfflineQueue: false,
		maxRetriesPerRequest: 0,
		commandTimeout: COMMAND_TIMEOUT_MS,
		connectTimeout: 2000,
		retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
	};
}

/** `host:port,host:port` of QUEUE_BULL_REDIS_CLUSTER_NODES, or undefined when n8n uses a single Redis. */
export function clusterNodes(environment: Environment): Array<{ host: string; port: number }> | undefined {
	const list = (environment.QUEUE_BULL_REDIS_CLUSTER_NODES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
	if (list.length === 0) return undefined;
	return list.map((entry) => {
		const [host, port] = entry.split(':');
		return { host, port: Number(port || 6379) };
	});
}

/** Whether this process should share its ceilings through Redis: n8n runs in queue mode and the switch is not off. */
export function sharesThroughRedis(environment: Environment): boolean {
	return environment.EXECUTIONS_MODE === 'queue' && environment[SHARED_CEILING_SWITCH] !== 'false';
}

let client: SharedRedis | undefined;
let decided = false;

function connect(environment: Environment): SharedRedis {
	const options = queueRedisOptions(environment);
	const nodes = clusterNodes(environment);
	const redis = nodes
		? new Cluster(nodes, { redisOptions: options, enableOfflineQueue: false } satisfies ClusterOptions)
		: new Redis(options);
	// Without a listener ioredis reports every failed reconnect as an unhandled error; the fallback covers them.
	redis.on('error', () => undefined);
	return redis;
}

/**
 * This process's client of n8n's queue Redis, made on first use; undefined when the ceilings stay in this process.
 * Says once in n8n's log which of the two it is.
 */
export function sharedRedis(): SharedRedis | undefined {
	if (decided) return client;
	decided = true;
	const environment = readEnvironment();
	if (!sharesThroughRedis(environment)) {
		const why = environment.EXECUTIONS_MODE === 'queue' ? `${SHARED_CEILING_SWITCH} is false` : 'n8n is not in queue mode';
		LoggerProxy.info(`Messaging suite: rate ceilings are kept in this process (${why}); each n8n process has its own.`);
		return undefined;
	}
	client = connect(environment);
	const target = clusterNodes(environment) ? 'the Redis cluster of n8n\'s queue' : `n8n's queue Redis at ${queueRedisOptions(environment).host}`;
	LoggerProxy.info(`Messaging suite: rate ceilings are shared by all n8n processes through ${target}.`);
	return client;
}

/**
 * Resolves once `redis` is connected, or after `timeoutMs` (then the caller meets the failure and falls back): the
 * first requests of a process would otherwise find the connection still being made and fall back for nothing.
 */
export async function whenReady(redis: SharedRedis, timeoutMs = 2000): Promise<void> {
	if (redis.status === 'ready') return;
	await Promise.race([new Promise((resolve) => redis.once('ready', resolve)), sleep(timeoutMs)]);
}

/** For tests: a given client (or none), instead of the one the environment describes. */
export function useSharedRedis(redis: SharedRedis | undefined): void {
	client = redis;
	decided = true;
}

/** Closes this process's client (tests, and a clean shutdown). */
export async function closeSharedRedis(): Promise<void> {
	const open = client;
	client = undefined;
	decided = false;
	if (open) await open.quit().catch(() => open.disconnect());
}
