import type { PatternRoute } from './routes';

export const contactAttributeRoutes: PatternRoute[] = [];
