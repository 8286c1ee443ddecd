import { DEFAULT_DAYS, DEFAULT_START, MAX_DAYS, MAX_POPULATION, type CommandName } from './args';
import { DEFAULT_DAYS_PAST_DUE, describeDefaultBorrowers } from './borrower';

const overview = `usage: journey <command> [options]

Check and try out Tandem journeys (journey/v1 JSON files) from the command line.

commands:
  validate <file...>            check journeys; every problem with its code and JSON path
  simulate <file> --persona X   run a simulated borrower through a journey on a virtual clock
  schema                        print the journey/v1 JSON Schema (the configured nodes)
  personas                      list the simulated borrowers
  keys create|list|revoke       API keys on the server's database (the first keys)
  new-node <name> [--activity]  scaffold a custom node package (docs/nodes.md)
  help [command]                this text, or one command's options

exit codes: 0 done, 1 an input is invalid (journey, borrower file, event script), 2 usage error.
Run \`journey help <command>\` for a command's options.
`;

const validate = `usage: journey validate <file...> [--json]

Checks each journey file against journey/v1 and the nodes tandem.config.ts lists. Prints ✓ or ✗
per file, then one line per problem: severity, code, node and port, JSON path, message. Warnings
are shown but do not fail. A file that cannot be read (FILE_UNREADABLE) or is not JSON
(INVALID_JSON, with line and column) counts as invalid.

options:
  --json        print only [{ "file", "ok", "problems": [...] }] on stdout
  -h, --help    this help

exit codes: 0 every file valid, 1 some file invalid, 2 usage error.
`;

const simulate = () => `usage: journey simulate <file> --persona <name> [options]
       journey simulate <file> --population <n> [--persona <name>] [--threads <n>] [options]

Runs one simulated borrower through a journey: the real engine, contact policy and templates
on a virtual clock. Prints a timeline (UTC, the borrower's local time, node, kind, channel,
text or reason) and the outcome.

options:
  -p, --persona <name>      a persona (\`journey personas\` lists them: silent,
                            paysAfterFirstReminder, …), or script:<file.json>: a JSON
                            array of events such as
                            [{ "after": "PT2H", "type": "payment.received", "data": { "amount": 50 } }]
                            ("after" counts from the start)
  -b, --borrower <file>     borrower and account facts:
                            { "borrower": { "firstName", "locale", "timezone", "country", "region"? },
                              "account": { "amountDue", "currency", "dueDate", "daysPastDue" } }
                            (borrower.id defaults to "sim-borrower")
      --start <instant>     enrollment instant, ISO 8601 with a zone (default ${DEFAULT_START})
      --days <n>            how many days to run, 1 to ${MAX_DAYS} (default ${DEFAULT_DAYS})
      --json                print { "outcome", "timeline": [...] } instead of the table
      --population <n>      simulate n borrowers (1 to ${MAX_POPULATION.toLocaleString('en-US')}) instead of one:
                            every persona in turn (or only --persona), the same borrower
                            facts; prints the share of each outcome, overall and by persona
                            (--json: the counts), and on stderr how long it took
      --threads <n>         threads for --population, this one included (default: this one
                            alone below 600,000 borrower-days, e.g. 20,000 × 30, else one per
                            idle core); the result is the same for any number
  -h, --help                this help

Without --borrower the borrower speaks the journey's defaultLocale, lives where that language
is common and is ${DEFAULT_DAYS_PAST_DUE} days past due at the start ("es-MX" matches "es"; a language
not listed gets the "en" borrower, speaking that language):
${describeDefaultBorrowers()
  .map((line) => `  ${line}`)
  .join('\n')}

exit codes: 0 simulated, 1 journey, borrower file or script invalid, 2 usage error
(such as an unknown persona).
`;

const schema = `usage: journey schema

Prints the JSON Schema (draft 2020-12) of journey/v1 for the nodes tandem.config.ts lists, for
editors and other tools. It checks shape only; \`journey validate\` checks the rest.
`;

const personas = `usage: journey personas [--json]

Lists the simulated borrowers \`journey simulate --persona\` accepts, with what each does.

options:
  --json        print [{ "name", "description" }]
`;

const keys = `usage: journey keys create --name <name> --role <role> [--expires <instant>] [--json]
       journey keys list [--json]
       journey keys revoke <id>

Manages API keys directly on the server's database: PGlite under TANDEM_DATA_DIR (.data), or
Postgres with DATABASE_URL. For the first keys, or when no admin key is left; once the server
runs, admins use /v1/keys (docs/api.md). With PGlite the server must be stopped first: the CLI
says so when it holds the database. Each change is in the audit trail as done by
"cli (<your user>)".

  create     makes a key and prints its secret, once (only its hash is stored)
               --role      admin, designer, agent or integration
               --expires   an ISO date-time with a zone; without it the key does not expire
  list       every key without secrets: id, name, role, prefix, created, last used, expiry,
             revocation
  revoke     revokes a key now and ends its sessions (never the last working admin key)

exit codes: 0 done, 1 refused (no such key, last admin, database in use), 2 usage error.
`;

const newNode = `usage: journey new-node <name> [--activity] [--scope <scope>] [--dir <folder>]

Writes a custom node package that passes its tests at once: the node (defineNode with a config
schema, ports, UI and behaviour), its conformance test, a README, and a package.json whose
\`tandem\` field names its entry points. <name> is kebab-case ("whatsapp-template").

options:
  --activity        give the node an activity contract and a worker implementation to fill in
  --scope <scope>   the package scope and node type namespace (default "acme": @acme/tandem-<name>,
                    type acme.<name>)
  --dir <folder>    where to write it (default nodes/<name>, a workspace folder)

Then: \`npx -y pnpm@10.34.8 install\`, add the package to tandem.config.ts, \`npm run dev\`.
exit codes: 0 written, 1 refused (bad name, the folder exists), 2 usage error.
`;

/**
 * The help text for a command, or the overview.
 * @example helpText('simulate').startsWith('usage: journey simulate') // true
 */
export function helpText(topic: CommandName | null): string {
  switch (topic) {
    case 'validate':
      return validate;
    case 'simulate':
      return simulate();
    case 'schema':
      return schema;
    case 'personas':
      return personas;
    case 'keys':
      return keys;
    case 'new-node':
      return newNode;
    default:
      return overview;
  }
}

/**
 * What follows a usage error: the command's synopsis and where to read more, not the whole help.
 * @example usageHint('validate') // 'usage: journey validate <file...> [--json]\nRun `journey help validate` for the options.\n'
 */
export function usageHint(topic: CommandName | null): string {
  if (topic === null || topic === 'help') return helpText(null);
  const synopsis = helpText(topic).split('\n')[0] ?? '';
  return `${synopsis}\nRun \`journey help ${topic}\` for the options.\n`;
}
