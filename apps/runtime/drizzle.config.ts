import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` (run from apps/runtime) writes a new SQL migration after a schema
// change; both drivers apply the same folder on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
