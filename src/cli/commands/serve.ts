import type { Command } from 'commander';
import { readConfig } from '../../config.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the portal (the embedded database in ./data unless DATABASE_URL is set)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .action(async (options: { port?: string }) => {
      const config = readConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      const where = config.database.engine === 'pglite' ? `the embedded database in ${config.database.dataDir}` : 'PostgreSQL';
      // Loaded when run, so `gavel --help` and other commands start quickly.
      const { startServer } = await import('../../server.ts');
      const server = await startServer(config);
      console.log(`Gavel is running on ${where}: open ${server.url.replace(/\/$/, '')}/ (press Ctrl+C to stop)`);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: stopping Gavel…`);
        // PGlite must be closed cleanly or its data directory needs recovery at the next start.
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
