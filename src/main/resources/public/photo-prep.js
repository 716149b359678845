'use strict';
// Shrinks a photo in the browser before it is sent: a phone's 48 MP JPEG or a 9 MB PNG becomes a JPEG of at most
// MAX_SIDE pixels a side, upright (EXIF orientation applied by the decoder), far under the server's caps.
// A photo the browser cannot decode goes as it is (the server answers why), except HEIC, which we name.
const PhotoPrep = (() => {
  const MAX_SIDE = 2048;
  const QUALITY = 0.88;
  // already small enough: sent untouched (the server reads EXIF orientation itself)
  const KEEP_BYTES = 1536 * 1024;

  const isHeic = file => /image\/hei[cf]/i.test(file.type || '') || /\.hei[cf]$/i.test(file.name || '');
  const jpegName = file => (file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg';

  async function decode(file) {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch (e) {
      return null;
    }
  }

  function canvas(width, height) {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
    return Object.assign(document.createElement('canvas'), { width, height });
  }

  function jpeg(c) {
    if (c.convertToBlob) return c.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    return new Promise((ok, fail) => c.toBlob(b => (b ? ok(b) : fail(new Error('no JPEG'))), 'image/jpeg', QUALITY));
  }

  /**
   * @returns {Promise<{kind: 'photo'|'undecodable'|'heic', blob?: Blob, name?: string}>}
   */
  async function prepare(file) {
    const bitmap = await decode(file);
    if (!bitmap) return isHeic(file) ? { kind: 'heic' } : { kind: 'undecodable', blob: file, name: file.name || 'photo' };
    try {
      const side = Math.max(bitmap.width, bitmap.height);
      if (side <= MAX_SIDE && file.size <= KEEP_BYTES && /^image\/(jpeg|png)$/.test(file.type)) {
        return { kind: 'photo', blob: file, name: file.name || 'photo.jpg' };
      }
      const scale = Math.min(1, MAX_SIDE / side);
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const c = canvas(width, height);
      const g = c.getContext('2d');
      g.fillStyle = '#fff'; // a transparent PNG gets a white background, not JPEG's black
      g.fillRect(0, 0, width, height);
      g.imageSmoothingQuality = 'high';
      g.drawImage(bitmap, 0, 0, width, height);
      return { kind: 'photo', blob: await jpeg(c), name: jpegName(file) };
    } finally {
      bitmap.close();
    }
  }

  return { prepare };
})();
