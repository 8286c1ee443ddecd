// What tandem.config.ts may say. Checked with zod when the node modules are generated, so a
// mistake in the file is reported by field ("nodes.1: …"), never as a failure later at runtime.
import { z } from 'zod';

/** The package that holds the built-in nodes: always listed, always first. */
export const builtInPackage = '@tandem/nodes';

// npm's rules for a package name, as far as they matter here: optional scope, lower case.
const packageName = z
  .string()
  .regex(
    /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
    'a package name such as "@acme/tandem-affordability"',
  );

export const tandemConfigSchema = z
  .object({
    /** Node packages by name, built-ins first; each has a `tandem` field in its package.json. */
    nodes: z
      .array(packageName)
      .min(1, `list at least "${builtInPackage}"`)
      .superRefine((names, ctx) => {
        if (names[0] !== builtInPackage)
          ctx.addIssue({
            code: 'custom',
            path: [0],
            message: `the built-in nodes come first: "${builtInPackage}"`,
          });
        names.forEach((name, index) => {
          if (names.indexOf(name) !== index)
            ctx.addIssue({ code: 'custom', path: [index], message: `"${name}" is listed twice` });
        });
      }),
  })
  .strict();

export type TandemConfig = z.input<typeof tandemConfigSchema>;

/** Identity, for the types: `export default defineTandemConfig({ nodes: [...] })`. */
export const defineTandemConfig = (config: TandemConfig): TandemConfig => config;

/** Every problem as "field: message", e.g. `nodes.1: a package name such as …`. */
export function configProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`);
}
