import { Sandbox } from './framework';
import { createProviders } from './providers';

export * from './framework';

/** A sandbox with every provider module, not yet started. */
export function createSandbox(): Sandbox {
	return new Sandbox(createProviders());
}
