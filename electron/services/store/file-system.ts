import * as fsp from 'node:fs/promises';

/**
 * The file operations the store uses, as one object so tests can make any of them fail
 * (disk full, permission denied) without a real full disk.
 */
export interface FileSystem {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  stat: typeof fsp.stat;
  link: typeof fsp.link;
  copyFile: typeof fsp.copyFile;
  mkdir: typeof fsp.mkdir;
  chmod: typeof fsp.chmod;
  writeFile: typeof fsp.writeFile;
}

export const nodeFileSystem: FileSystem = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  stat: fsp.stat,
  link: fsp.link,
  copyFile: fsp.copyFile,
  mkdir: fsp.mkdir,
  chmod: fsp.chmod,
  writeFile: fsp.writeFile,
};
