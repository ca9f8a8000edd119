// `npm run sandbox`: starts every provider emulator on loopback and prints the URL and ready-to-use credentials.
// `--rate-limits` enforces the providers' limits below; Ctrl+C then prints the rate statistics.
import { createSandbox, type RateLimit } from '.';

/**
 * Bird's documented per-workspace limits, Mapp's published ~10/s per account; Cordial and ExpertSender publish no
 * number, so 10/s per credential stands in.
 */
export const DEFAULT_RATE_LIMITS: RateLimit[] = [
	{ provider: 'bird', perSecond: 500, methods: ['POST'] },
	{ provider: 'bird', perSecond: 50, methods: ['GET'] },
	{ provider: 'mapp', perSecond: 10 },
	{ provider: 'cordial', perSecond: 10 },
	{ provider: 'expertsender', perSecond: 10 },
];

async function main(): Promise<void> {
	const portArgument = process.argv.find((argument) => argument.startsWith('--port='));
	const enforceRateLimits = process.argv.includes('--rate-limits');
	const sandbox = createSandbox();
	if (enforceRateLimits) sandbox.setRateLimits(DEFAULT_RATE_LIMITS);
	const url = await sandbox.start(portArgument ? Number(portArgument.split('=')[1]) : 0);
	console.log(`Sandbox listening on ${url}`);
	if (enforceRateLimits) {
		const described = DEFAULT_RATE_LIMITS.map(
			({ provider, perSecond, methods }) => `${provider} ${methods ? `${methods.join('/')} ` : ''}${perSecond}/s`,
		);
		console.log(`Rate limits: ${described.join(', ')}`);
	}
	console.log('Credentials (import with `n8n import:credentials` or type them into the credential forms):');
	console.log(JSON.stringify(sandbox.credentials(), null, 2));
	console.log('Press Ctrl+C to stop.');
	const stop = () => {
		if (enforceRateLimits) {
			console.log('Rate statistics (requests, rejected over the limit, peak per second):');
			console.log(JSON.stringify(sandbox.rateStats(), null, 2));
		}
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) void main();
