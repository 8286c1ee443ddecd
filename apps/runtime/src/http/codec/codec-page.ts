// The page an admin's browser gets at GET /codec/ once it has signed in (HTTP Basic): it says
// who is signed in and how to point the Temporal Web UI at the endpoint. No script, nothing
// remote: the strict CSP below allows only its own inline style.
import { html } from 'hono/html';

export const codecPageCsp =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function codecSignedInPage(options: { name: string; endpoint: string }) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Tandem payload codec</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            margin: 2rem auto;
            max-width: 44rem;
            padding: 0 1rem;
            color: #1b1b1f;
          }
          code {
            background: #eef0f4;
            padding: 0.1rem 0.3rem;
            border-radius: 4px;
          }
        </style>
      </head>
      <body>
        <main>
          <h1>Payload decoding is on for this browser</h1>
          <p>Signed in as <strong>${options.name}</strong> (admin).</p>
          <p>In the Temporal Web UI, once per browser:</p>
          <ol>
            <li>open the Codec Server settings (the glasses icon at the top right);</li>
            <li>choose “Use my browser setting and ignore Cluster-level setting”;</li>
            <li>set the endpoint to <code>${options.endpoint}</code>;</li>
            <li>turn on “Include cross-origin credentials”, apply, and reload the page.</li>
          </ol>
          <p>
            Decoded payloads hold borrowers’ personal data. Close this browser, or clear its saved
            sign-in, when you are done.
          </p>
        </main>
      </body>
    </html>`;
}
