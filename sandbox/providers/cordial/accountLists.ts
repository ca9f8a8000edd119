import type { PatternRoute } from './routes';

export const accountListRoutes: PatternRoute[] = [];
