import { birdCases } from './bird';
import { cordialCases } from './cordial';
import { expertsenderCases } from './expertsender';
import { mappCases } from './mapp';
import type { E2eCase } from './types';

export const cases: E2eCase[] = [...mappCases, ...cordialCases, ...expertsenderCases, ...birdCases];
