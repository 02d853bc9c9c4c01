// Lets `npm run bench` (tsx, plain Node) import files with Vite's `?raw` suffix, as the app's
// bundle does for the shipped scenarios and area list: the file's text becomes the default export.
import { register } from 'node:module';

register('./raw-import-loader.mjs', import.meta.url);
