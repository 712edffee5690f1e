import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // One bundle for an app served from the same machine; splitting would not make it faster.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // `vite --config web/vite.config.ts` during development talks to `npm start` on port 3000.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
