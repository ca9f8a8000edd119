import type { ProviderModule } from '../framework';

/** One fresh instance of every provider module; each node issue adds its provider here. */
export function createProviders(): ProviderModule[] {
	return [];
}
