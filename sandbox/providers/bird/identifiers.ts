import type { Route } from './routes';

export const identifierRoutes: Route[] = [];
