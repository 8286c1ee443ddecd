// The names a scaffolded node package gets from `new-node <name>`: the folder and package
// (kebab-case), the node type (`<scope>.<camelCase>`), the export and the palette label.
import { z } from 'zod';

export const nodeNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'kebab-case, e.g. "whatsapp-template"');
export const scopeSchema = z.string().regex(/^[a-z][a-z0-9]*$/, 'lower case letters, e.g. "acme"');

export interface ScaffoldNames {
  name: string;
  scope: string;
  packageName: string;
  type: string;
  exportName: string;
  label: string;
}

export function scaffoldNames(name: string, scope: string): ScaffoldNames {
  const words = name.split('-');
  const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return {
    name,
    scope,
    packageName: `@${scope}/tandem-${name}`,
    type: `${scope}.${camel}`,
    exportName: `${camel}Node`,
    label: words.join(' ').replace(/^./, (c) => c.toUpperCase()),
  };
}
