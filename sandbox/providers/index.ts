import type { ProviderModule } from '../framework';
import { BirdProvider } from './bird';
import { CordialProvider } from './cordial';
import { ExpertSenderProvider } from './expertsender';
import { MappProvider } from './mapp';

/** One fresh instance of every provider module. */
export function createProviders(): ProviderModule[] {
	return [new MappProvider(), new ExpertSenderProvider(), new BirdProvider(), new CordialProvider()];
}
