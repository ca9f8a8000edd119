import { clusterNodes, queueRedisOptions, sharesThroughRedis } from '../../../nodes/shared/transport/queueRedis';

/** The settings n8n documents for queue mode (docs.n8n.io, environment variables › queue mode) and their defaults. */
describe('queueRedis: the Redis n8n queue mode runs on', () => {
	it('reads n8n\'s QUEUE_BULL_REDIS_* settings', () => {
		const options = queueRedisOptions({
			QUEUE_BULL_REDIS_HOST: 'redis.internal',
			QUEUE_BULL_REDIS_PORT: '6380',
			QUEUE_BULL_REDIS_DB: '2',
			QUEUE_BULL_REDIS_USERNAME: 'n8n',
			QUEUE_BULL_REDIS_PASSWORD: 's3cret',
			QUEUE_BULL_REDIS_TLS: 'true',
			QUEUE_BULL_REDIS_TLS_SERVERNAME: 'redis.example.com',
			QUEUE_BULL_REDIS_TLS_VALIDATE_CERTIFICATE: 'false',
			QUEUE_BULL_REDIS_DUALSTACK: 'true',
		});
		expect(options).toMatchObject({
			host: 'redis.internal',
			port: 6380,
			db: 2,
			username: 'n8n',
			password: 's3cret',
			family: 0,
			tls: { servername: 'redis.example.com', rejectUnauthorized: false },
			connectionName: 'n8n-messaging-suite',
			enableOfflineQueue: false,
		});
	});

	it('uses n8n\'s defaults when nothing is set: localhost:6379, database 0, no TLS, IPv4', () => {
		expect(queueRedisOptions({})).toMatchObject({ host: 'localhost', port: 6379, db: 0, tls: undefined, family: 4, username: undefined, password: undefined });
	});

	it('reads QUEUE_BULL_REDIS_CLUSTER_NODES as host:port pairs', () => {
		expect(clusterNodes({ QUEUE_BULL_REDIS_CLUSTER_NODES: 'a.internal:7000, b.internal:7001,c.internal' })).toEqual([
			{ host: 'a.internal', port: 7000 },
			{ host: 'b.internal', port: 7001 },
			{ host: 'c.internal', port: 6379 },
		]);
		expect(clusterNodes({})).toBeUndefined();
	});

	it('shares the ceilings only in queue mode, unless switched off', () => {
		expect(sharesThroughRedis({ EXECUTIONS_MODE: 'queue' })).toBe(true);
		expect(sharesThroughRedis({ EXECUTIONS_MODE: 'queue', N8N_MESSAGING_SUITE_SHARED_CEILING: 'false' })).toBe(false);
		expect(sharesThroughRedis({ EXECUTIONS_MODE: 'regular' })).toBe(false);
		expect(sharesThroughRedis({})).toBe(false);
	});
});
