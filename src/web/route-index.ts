import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every GET route's URL pattern, as registered: the exempt-leak crawl checks it visits each one. */
    getRoutes: string[];
  }
}

/** Records GET routes as they are registered, so tests can tell when a new one appears. */
export function recordRoutes(app: FastifyInstance): void {
  const routes: string[] = [];
  app.decorate('getRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('GET') && !routes.includes(route.url)) routes.push(route.url);
  });
}
