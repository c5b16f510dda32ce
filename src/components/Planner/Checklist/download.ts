/** Hands a file to the browser as a download. Call from an event handler only. */
export function download(content: Blob | string, fileName: string, mime: string): void {
  const blob = typeof content === 'string' ? new Blob([content], {type: mime}) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
