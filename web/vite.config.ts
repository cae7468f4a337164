import { defineConfig } from 'vite';

const gateway = process.env.KOMBEL_URL ?? 'http://localhost:8080';

// Preact through the automatic JSX runtime (no React plugin needed). Output goes to target/, where
// the Maven build packs it into the jar under META-INF/resources/ for the gateway to serve at /.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` against a running ./kombel: only /api/v1 is proxied, with the gateway's own Host
    // and Origin so that it sees a same-origin call, as it does when it serves the client itself.
    proxy: { '/api/v1': { target: gateway, changeOrigin: true, headers: { origin: gateway } } },
  },
});
