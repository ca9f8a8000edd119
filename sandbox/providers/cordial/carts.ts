import type { PatternRoute } from './routes';

export const cartRoutes: PatternRoute[] = [];
