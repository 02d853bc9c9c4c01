import { useEffect, useRef, useState } from 'react';

/**
 * A number that changes each time another workspace is opened (the data file changes from one
 * known file to another; not when the first status arrives). Give it as `key` to panels whose
 * messages and forms belong to a workspace, so nothing from the previous one ("Added …", a
 * half-typed form, a list position) is shown over the new one.
 * @param dataFile the open workspace's data file, or null/undefined while not known yet
 */
export function useWorkspaceGeneration(dataFile: string | null | undefined): number {
  const [generation, setGeneration] = useState(0);
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!dataFile) return;
    if (last.current !== null && last.current !== dataFile) setGeneration((g) => g + 1);
    last.current = dataFile;
  }, [dataFile]);
  return generation;
}
