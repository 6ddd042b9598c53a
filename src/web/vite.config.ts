// Vite build of the web app: `npm run build:web` writes dist/web, which the server serves.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `virtual:answer-texts`: only the answering page's texts and the error titles of each language,
 * so that the survey page on a phone does not load the staff app's catalogues. */
function answerTexts(): Plugin {
  const id = 'virtual:answer-texts';
  return {
    name: 'polku-answer-texts',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const out: Record<string, unknown> = {};
      for (const lang of ['fi', 'sv', 'en']) {
        const file = fileURLToPath(new URL(`../i18n/${lang}.json`, import.meta.url));
        this.addWatchFile(file);
        const catalogue = JSON.parse(readFileSync(file, 'utf8'));
        out[lang] = { ...catalogue.surveys.answer, errors: catalogue.errors };
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), answerTexts()],
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
