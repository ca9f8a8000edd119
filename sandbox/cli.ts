// `npm run sandbox`: starts every provider emulator on loopback and prints the URL and ready-to-use credentials.
import { createSandbox } from '.';

async function main(): Promise<void> {
	const portArgument = process.argv.find((argument) => argument.startsWith('--port='));
	const sandbox = createSandbox();
	const url = await sandbox.start(portArgument ? Number(portArgument.split('=')[1]) : 0);
	console.log(`Sandbox listening on ${url}`);
	console.log('Credentials (import with `n8n import:credentials` or type them into the credential forms):');
	console.log(JSON.stringify(sandbox.credentials(), null, 2));
	console.log('Press Ctrl+C to stop.');
	const stop = () => {
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
