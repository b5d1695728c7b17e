// Vite config of the web app: root web/, output dist/, guest images from the build machine, PWA with precaching.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { guestImages } from './web/build-tools/guest-images-plugin.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** The fixed port `npm start` serves on (vite preview). */
const PREVIEW_PORT = 4177;

export default defineConfig({
  root: 'web',
  base: './',
  publicDir: 'public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Vite inlines small assets as data URLs; the core and guest images must stay files (fetched, compiled, cached).
    assetsInlineLimit: (file) => (/\.(wasm|elf|bin)$/.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [repoRoot] } },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
  plugins: [
    guestImages({ repoRoot }),
    VitePWA({
      // 'prompt': a new version waits for the user (tv-app offers a reload) instead of reloading under running VMs.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Tabvisor',
        short_name: 'Tabvisor',
        description: 'A RISC-V machine and hypervisor in a browser tab',
        theme_color: '#1b1f2a',
        background_color: '#11141b',
        display: 'standalone',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        // The app, the core and the small default images work offline from the first visit; large guests are cached
        // by the page when first downloaded (web/image-loader.ts), so they get a progress bar.
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest}', 'guests.json', 'guests/tinyos/**/*', 'guests/opensbi/**/*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes the open page at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
});
