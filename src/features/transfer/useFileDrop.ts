import { useCallback } from 'react';
import { useFilesDrop } from '../../components/useFilesDrop';

/**
 * A draft file dropped anywhere on the page goes to `onFile` (the first, when several are dropped); returns whether a
 * file is being dragged over the page. While not `enabled` the page takes no drops (another handler does).
 */
export function useFileDrop(onFile: (file: File) => void, enabled = true): boolean {
  const onFiles = useCallback(
    (files: File[]) => {
      const [first] = files;
      if (first) onFile(first);
    },
    [onFile],
  );
  return useFilesDrop(onFiles, enabled);
}
