import { defineConfig } from 'vite';

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
    // `npm run dev` against a running ./kombel: only /api/v1 is proxied, as in production.
    proxy: { '/api/v1': process.env.KOMBEL_URL ?? 'http://localhost:8080' },
  },
});
