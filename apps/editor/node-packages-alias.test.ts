// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './dev-server-files';
import { nodePackagesAlias } from './node-packages-alias';

describe("the editor's node packages (vite.config.ts)", () => {
  it("takes TANDEM_CONFIG's generated schema module in place of tandem.config.ts's", () => {
    expect(nodePackagesAlias({ TANDEM_CONFIG: '/srv/acme/tandem.config.ts' })).toEqual({
      '@tandem/plugins/schema': '/srv/acme/.tandem/nodes.schema.generated.ts',
    });
  });

  it("keeps the deployment's own generated module without TANDEM_CONFIG or when it names it", () => {
    expect(nodePackagesAlias({})).toEqual({});
    expect(nodePackagesAlias({ TANDEM_CONFIG: join(repoRoot, 'tandem.config.ts') })).toEqual({});
  });
});
