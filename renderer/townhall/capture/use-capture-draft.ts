import { useEffect, useState } from 'react';

const draftKey = (townhallId: string) => `convene.townhall.${townhallId}.draft`;

function readDraft(townhallId: string): { line: string; name: string } {
  try {
    const raw = localStorage.getItem(draftKey(townhallId));
    const d = raw ? JSON.parse(raw) : null;
    return { line: typeof d?.line === 'string' ? d.line : '', name: typeof d?.name === 'string' ? d.name : '' };
  } catch {
    return { line: '', name: '' };
  }
}

/** The line being typed and the optional name, kept in local storage on every keystroke so a crash loses nothing. */
export function useCaptureDraft(townhallId: string) {
  const [draft, setDraft] = useState(() => readDraft(townhallId));
  useEffect(() => {
    try {
      if (draft.line || draft.name) localStorage.setItem(draftKey(townhallId), JSON.stringify(draft));
      else localStorage.removeItem(draftKey(townhallId));
    } catch {
      /* storage unavailable: the draft lives on screen only */
    }
  }, [draft, townhallId]);
  return {
    line: draft.line,
    name: draft.name,
    setLine: (line: string) => setDraft((d) => ({ ...d, line })),
    setName: (name: string) => setDraft((d) => ({ ...d, name })),
    clear: () => setDraft({ line: '', name: '' }),
  };
}
