// Where the cluster's databases live: one Postgres server, several databases on it. The
// Temporal server and temporal-sql-tool want host, port, user and password apart; Tandem's
// processes want a URL per database.
import { z } from 'zod';

export interface PostgresTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A URL for `database` on the same server, with the same credentials. */
  urlOf(database: string): string;
}

/** An identifier Postgres accepts unquoted, so it can be spliced into `create database`. */
export const databaseNameSchema = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a database name: lower-case letters, digits and _');

export function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || '127.0.0.1',
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: decodeURIComponent(parsed.password),
    urlOf(database) {
      const next = new URL(url);
      next.pathname = `/${databaseNameSchema.parse(database)}`;
      return next.toString();
    },
  };
}
