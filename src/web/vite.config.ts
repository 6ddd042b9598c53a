// Vite build of the web app: `npm run build:web` writes dist/web, which the server serves.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // The survey answering page is its own light entry (src/web/answer), not the staff app.
    rollupOptions: { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), answer: fileURLToPath(new URL('./answer/index.html', import.meta.url)) } },
  },
  server: {
    // `npx vite --config src/web/vite.config.ts` during development, with the API on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
