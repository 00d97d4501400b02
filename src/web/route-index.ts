import type { FastifyInstance } from 'fastify';
import { permissionGuardedBy } from '../accounts/access.ts';
import type { Permission } from '../accounts/roles.ts';

export interface IndexedRoute {
  method: string;
  url: string;
  /** What its requirePermission guard asks for; null for a route anyone may use. */
  permission: Permission | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every GET route's URL pattern, as registered: the exempt-leak crawl checks it visits each one. */
    getRoutes: string[];
    /** Every route with its method and guard: the role tests try each role against each one. */
    routeIndex: IndexedRoute[];
  }
}

/** Records routes as they are registered, so tests can tell when a new one appears. */
export function recordRoutes(app: FastifyInstance): void {
  const getRoutes: string[] = [];
  const routeIndex: IndexedRoute[] = [];
  app.decorate('getRoutes', getRoutes);
  app.decorate('routeIndex', routeIndex);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('GET') && !getRoutes.includes(route.url)) getRoutes.push(route.url);
    const permission = permissionGuardedBy(route.onRequest, route.preHandler);
    for (const method of methods) if (method !== 'HEAD') routeIndex.push({ method, url: route.url, permission });
  });
}
