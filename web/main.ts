// Entry point of the page: defines the elements and registers the service worker that makes the app work offline.
import { registerSW } from 'virtual:pwa-register';
import './components/tv-app.ts';

const app = document.querySelector('tv-app')!;
const updateServiceWorker = registerSW({
  immediate: true,
  onNeedRefresh: () => {
    app.applyUpdate = () => void updateServiceWorker(true);
  },
});
