import { birdCatalogue } from './bird';
import { cordialCatalogue } from './cordial';
import { expertsenderCatalogue } from './expertsender';
import { mappCatalogue } from './mapp';
import type { ProviderCatalogue } from './types';

export const catalogues: ProviderCatalogue[] = [mappCatalogue, expertsenderCatalogue, birdCatalogue, cordialCatalogue];
