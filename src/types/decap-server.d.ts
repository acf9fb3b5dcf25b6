// decap-server ships no types; this is the one function the dev server uses.
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  const middlewares: { registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void> };
  export default middlewares;
}
