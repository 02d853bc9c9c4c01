/**
 * The desktop menu's own words in each UI language. Items with an Electron `role` (Copy, Paste,
 * Zoom In…) are named by Electron in the system's language; these are the labels Convene sets.
 * The menu follows the language chosen in the app (the renderer reports it through
 * `workspace.setLanguage`).
 */
export const MENU_LANGUAGES = ['en', 'es'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

export interface MenuLabels {
  about: (appName: string) => string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  backUp: string;
  restore: string;
  openWorkspace: string;
  newWorkspace: string;
  /** Titles and buttons of the dialogs those two show. */
  openWorkspaceTitle: string;
  newWorkspaceTitle: string;
  workspaceFilter: string;
  switchFailedTitle: string;
  projector: string;
  userGuide: string;
  aboutDetail: string;
}

export const MENU_LABELS: Record<MenuLanguage, MenuLabels> = {
  en: {
    about: (appName) => `About ${appName}`,
    file: '&File',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help',
    backUp: 'Back Up Now…',
    restore: 'Restore from a Backup…',
    openWorkspace: 'Open Workspace…',
    newWorkspace: 'New Workspace…',
    openWorkspaceTitle: 'Open a Convene workspace',
    newWorkspaceTitle: 'Start a new Convene workspace',
    workspaceFilter: 'Convene workspace',
    switchFailedTitle: 'The workspace was not switched',
    projector: 'Projector Window',
    userGuide: 'User Guide',
    aboutDetail: 'Tabletop exercises, town-hall questions, community resources and service gaps. Your data stays on this computer.',
  },
  es: {
    about: (appName) => `Acerca de ${appName}`,
    file: '&Archivo',
    edit: '&Edición',
    view: '&Ver',
    window: 'V&entana',
    help: 'A&yuda',
    backUp: 'Hacer una copia ahora…',
    restore: 'Restaurar desde una copia…',
    openWorkspace: 'Abrir espacio de trabajo…',
    newWorkspace: 'Nuevo espacio de trabajo…',
    openWorkspaceTitle: 'Abrir un espacio de trabajo de Convene',
    newWorkspaceTitle: 'Empezar un nuevo espacio de trabajo de Convene',
    workspaceFilter: 'Espacio de trabajo de Convene',
    switchFailedTitle: 'No se cambió de espacio de trabajo',
    projector: 'Ventana del proyector',
    userGuide: 'Guía de uso',
    aboutDetail: 'Ejercicios de mesa, preguntas de reuniones comunitarias, recursos comunitarios y brechas de servicio. Sus datos se quedan en esta computadora.',
  },
};
