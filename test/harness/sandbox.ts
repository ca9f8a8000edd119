import { Sandbox, type ProviderModule } from '../../sandbox/framework';

export type CredentialsByType = Record<string, Record<string, string | number | boolean>>;

/**
 * One sandbox for a test file: started before its tests, reset (state, log, faults, limits) before each, stopped after.
 * `credentials` is filled in once the sandbox listens: the ready-made credential of every provider, by type.
 */
export function useSandbox(providers: ProviderModule[]): { sandbox: Sandbox; credentials: CredentialsByType } {
	const sandbox = new Sandbox(providers);
	const credentials: CredentialsByType = {};
	beforeAll(async () => {
		await sandbox.start();
		for (const credential of sandbox.credentials()) credentials[credential.type] = credential.data;
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => sandbox.reset());
	return { sandbox, credentials };
}
