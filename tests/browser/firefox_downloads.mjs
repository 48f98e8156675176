// For the Firefox scripts: a page script that observes (does not replace) the downloads the
// page starts, keeping each JSON or CSV Blob it hands to the browser in window.downloadedBlobs.
export const KEEP_DOWNLOADS = `(() => {
  const create = URL.createObjectURL.bind(URL);
  window.downloadedBlobs = [];
  URL.createObjectURL = (blob) => {
    if (blob.type === "application/json" || blob.type.startsWith("text/csv")) {
      window.downloadedBlobs.push(blob);
    }
    return create(blob);
  };
})();`;
