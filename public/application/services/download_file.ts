/** The last segment of a path such as `config/certs/ca.crt`. */
export const fileNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Saves `content` as a file, built in the browser: nothing is fetched again and no URL outlives
 * the download.
 */
export function downloadFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/x-pem-file' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download the click has only just started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
