/**
 * `npm run dev`: the sandbox and the n8n editor on localhost, with this package installed (from its packed tarball,
 * as a user installs it) and a sandbox credential of every type already created, so that a newcomer can open the
 * editor, drop a node and execute it without any provider account. Stops on Ctrl+C.
 */
import { createSandbox } from '../sandbox';
import { buildAndPack, ensureRuntime, log, N8nInstance, readWorkflows, ROOT, sandboxCredentialId } from './n8n';
import path from 'node:path';

async function main(): Promise<void> {
	const port = Number(process.env.N8N_PORT ?? 5678);
	const runtime = ensureRuntime();
	const tarball = buildAndPack();
	const sandbox = createSandbox();
	const url = await sandbox.start(Number(process.env.SANDBOX_PORT ?? 0));
	const n8n = new N8nInstance(runtime);
	n8n.installPackage(tarball);
	await n8n.importCredentials(sandbox.credentials().map((credential) => ({ ...credential, id: sandboxCredentialId(credential.type) })));
	await n8n.importWorkflows(readWorkflows(path.join(ROOT, 'examples')));
	log(`Sandbox: ${url}`);
	log(`n8n user folder: ${n8n.userFolder}`);
	log(`Starting the n8n editor on http://localhost:${port} — create the owner account on first open.`);
	log('The sandbox credentials and the example workflows are already imported. Ctrl+C stops both.');
	const child = n8n.start(port);
	const stop = () => {
		child.kill('SIGTERM');
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	child.on('exit', (code) => {
		void sandbox.stop().then(() => process.exit(code ?? 0));
	});
}

main().catch((error: Error) => {
	log(`dev failed: ${error.message}`);
	process.exit(1);
});
