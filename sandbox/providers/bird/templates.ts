import type { Route } from './routes';

export const templateRoutes: Route[] = [];
