import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preload/create-bridge';

// The renderer sees `window.convene` (typed by ConveneBridge in shared/contract/bridge.ts) and
// nothing else: never ipcRenderer itself.
contextBridge.exposeInMainWorld('convene', createBridge(ipcRenderer));
