// The set of files the web app may serve, listed once when the server starts. Requests are looked
// up in it by name; a URL is never joined onto a folder, so no spelling of `..`, no encoded dot
// and no backslash can reach a file outside the built app (or a file the build did not make).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getMimeType } from 'hono/utils/mime';

/** The encodings a file may be precompressed in (the build writes `x.br` and `x.gz`). */
export type ContentEncoding = 'br' | 'gzip';

export interface Asset {
  /** The file on disk (identity encoding). */
  file: string;
  size: number;
  contentType: string;
  /** A weak validator from size and modification time. */
  etag: string;
  /** Precompressed variants written by the build. */
  encoded: Partial<Record<ContentEncoding, { file: string; size: number }>>;
}

/** Files by their path inside the built app (`index.html`, `assets/index-3f2a.js`). */
export type AssetManifest = ReadonlyMap<string, Asset>;

const suffixes: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/** Every regular file under `dir`, recursively, skipping dot-files and dot-folders. */
function listFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dot-files are build metadata (the inputs hash), never content.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/**
 * Reads the built app in `dir` into a manifest. Compressed variants (`.br`, `.gz`) are attached
 * to the file they compress and are not served under their own names.
 * @example const manifest = readAssetManifest('apps/editor/dist'); manifest.get('index.html')
 */
export function readAssetManifest(dir: string): AssetManifest {
  const files = listFiles(dir);
  const present = new Set(files);
  const isVariant = (file: string) =>
    Object.values(suffixes).some(
      (suffix) => file.endsWith(suffix) && present.has(file.slice(0, -suffix.length)),
    );
  const manifest = new Map<string, Asset>();
  for (const file of files) {
    if (isVariant(file)) continue;
    const stat = statSync(file);
    const encoded: Asset['encoded'] = {};
    for (const [encoding, suffix] of Object.entries(suffixes) as Array<[ContentEncoding, string]>) {
      if (present.has(file + suffix)) {
        encoded[encoding] = { file: file + suffix, size: statSync(file + suffix).size };
      }
    }
    const name = relative(dir, file).split(sep).join('/');
    manifest.set(name, {
      file,
      size: stat.size,
      contentType: getMimeType(name) ?? 'application/octet-stream',
      etag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
      encoded,
    });
  }
  return manifest;
}
